package org.botserver.application.conversation;

import java.util.List;
import org.botserver.domain.conversation.Message;

/** A slice of a conversation's history in chronological order, and whether older messages exist. */
public record HistoryPage(List<Message> messages, boolean hasMore) {

    public HistoryPage {
        messages = List.copyOf(messages);
    }
}
