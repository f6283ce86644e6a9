package org.botserver.domain.conversation;

import java.util.List;
import java.util.Objects;
import org.botserver.domain.basic.value.Value;

/** What performing a capability keyword decided. */
public sealed interface CapabilityResult {

    /** Done; the dialog continues with {@code value} as the keyword's result, after saying {@code replies}. */
    record Performed(Value value, List<String> replies) implements CapabilityResult {
        public Performed {
            Objects.requireNonNull(value, "value");
            replies = List.copyOf(replies);
        }

        public Performed(Value value) {
            this(value, List.of());
        }
    }

    /** This server does not provide the keyword; the dialog ends with a reply naming it. */
    record Unavailable(String keyword) implements CapabilityResult {
    }

    /** The keyword was provided but failed (bad arguments, a refused address, a provider down...). */
    record Failed(String message) implements CapabilityResult {
    }
}
