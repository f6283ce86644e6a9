package org.botserver.application.script;

import java.util.Objects;
import org.botserver.domain.basic.value.Value;

/** What running a script decided: its result, or why there is none. */
public sealed interface ScriptResult {

    /** The script's value: text, number, boolean, null, or arrays and objects of them. */
    record Returned(Value value) implements ScriptResult {
        public Returned {
            Objects.requireNonNull(value, "value");
        }
    }

    /** No result; {@code message} is a plain sentence for the dialog's author, without a stack trace. */
    record Failed(ScriptFailure kind, String message) implements ScriptResult {
        public Failed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }
}
