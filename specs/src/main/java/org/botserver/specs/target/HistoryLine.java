package org.botserver.specs.target;

import java.util.Objects;

/** One stored message of a conversation: who wrote it ("user" or "bot") and what it says. */
public record HistoryLine(String sender, String content) {

    public HistoryLine {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
    }
}
