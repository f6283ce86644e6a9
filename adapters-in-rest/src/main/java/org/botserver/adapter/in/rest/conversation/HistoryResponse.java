package org.botserver.adapter.in.rest.conversation;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Locale;
import org.botserver.application.conversation.HistoryPage;
import org.botserver.domain.conversation.Message;

/** A page of history, oldest first, and whether older messages exist (ask again with {@code before}). */
public record HistoryResponse(List<Entry> messages, @JsonbProperty("has_more") boolean hasMore) {

    /** One stored message: {@code {"id", "sender": "user"|"bot", "content", "timestamp"}}. */
    public record Entry(String id, String sender, String content, String timestamp) {

        static Entry of(Message message) {
            return new Entry(message.id().toString(), message.sender().name().toLowerCase(Locale.ROOT),
                    message.content(), message.timestamp().toString());
        }
    }

    static HistoryResponse of(HistoryPage page) {
        return new HistoryResponse(page.messages().stream().map(Entry::of).toList(), page.hasMore());
    }
}
