package org.botserver.specs.llm;

import java.util.Objects;

/** What the scripted model does when it is asked: answer in words, or ask for one tool call. */
public sealed interface ModelMove {

    /** An answer in words, which ends the model's part of the turn. */
    record Answer(String text) implements ModelMove {
        public Answer {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A request to run a tool; {@code arguments} is the JSON object text the model sends. */
    record CallTool(String callId, String tool, String arguments) implements ModelMove {
        public CallTool {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(arguments, "arguments");
        }
    }
}
