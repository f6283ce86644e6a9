package org.botserver.domain.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.botserver.domain.basic.value.Value;

/**
 * What calling one of the bot's dialogs as a tool produced: how it ended, what it said to the user on the way,
 * the quick replies it offered and the session settings after it.
 */
public record ToolOutcome(End end, List<String> replies, List<Suggestion> suggestions, SessionSettings session) {

    public ToolOutcome {
        Objects.requireNonNull(end, "end");
        replies = List.copyOf(replies);
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(session, "session");
    }

    /** How a tool call ended. */
    public sealed interface End {
    }

    /** The tool ran to its end; {@code result} is its RETURN value (NULL without one). */
    public record Returned(Value result) implements End {
        public Returned {
            Objects.requireNonNull(result, "result");
        }
    }

    /** The tool asked the user something (HEAR); the conversation continues in it with the saved state. */
    public record WaitsForUser(byte[] dialogState) implements End {
        public WaitsForUser {
            dialogState = dialogState.clone();
        }

        @Override public byte[] dialogState() { return dialogState.clone(); }

        @Override public boolean equals(Object other) {
            return other instanceof WaitsForUser that && Arrays.equals(dialogState, that.dialogState);
        }

        @Override public int hashCode() { return Arrays.hashCode(dialogState); }

        @Override public String toString() { return "WaitsForUser[" + dialogState.length + " bytes]"; }
    }

    /** The tool could not run or broke (bad arguments, a runtime error); {@code problem} says why, for the model. */
    public record Failed(String problem) implements End {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
