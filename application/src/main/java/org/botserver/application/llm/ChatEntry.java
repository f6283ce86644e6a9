package org.botserver.application.llm;

import java.util.List;
import java.util.Objects;

/** One entry of what the model is shown: the user's words, its own earlier answers, and tool results. */
public sealed interface ChatEntry {

    /** What the user said. */
    record User(String text) implements ChatEntry {
        public User {
            Objects.requireNonNull(text, "text");
        }
    }

    /** What the model answered earlier, with the tools it asked for in that answer. */
    record Assistant(String text, List<ToolCall> calls) implements ChatEntry {
        public Assistant {
            Objects.requireNonNull(text, "text");
            calls = List.copyOf(calls);
        }

        public Assistant(String text) {
            this(text, List.of());
        }
    }

    /** What running a tool gave back: its RETURN value as text, or why it could not run ({@code error}). */
    record ToolResult(ToolCall call, String content, boolean error) implements ChatEntry {
        public ToolResult {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(content, "content");
        }
    }
}
