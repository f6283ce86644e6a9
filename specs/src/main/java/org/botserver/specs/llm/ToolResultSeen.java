package org.botserver.specs.llm;

import java.util.Objects;

/** A tool result in a request to the model: which call it answers, its text, and whether it is an error. */
public record ToolResultSeen(String callId, String content, boolean error) {

    public ToolResultSeen {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(content, "content");
    }
}
