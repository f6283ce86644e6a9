package org.botserver.adapter.in.rest.conversation;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Locale;
import org.botserver.application.conversation.ConversationOverview;
import org.botserver.application.conversation.ConversationsPage;

/** A page of the user's conversations, most recently active first; ask again with {@code before} for more. */
public record ConversationsResponse(List<Entry> conversations, @JsonbProperty("has_more") boolean hasMore) {

    /** One conversation: {@code {"conversation_id", "bot_id", "status", "started_at", "last_activity"}}. */
    public record Entry(@JsonbProperty("conversation_id") String conversationId, @JsonbProperty("bot_id") String botId,
                        String status, @JsonbProperty("started_at") String startedAt,
                        @JsonbProperty("last_activity") String lastActivity) {

        static Entry of(ConversationOverview overview) {
            return new Entry(overview.id().toString(), overview.botId().value(),
                    overview.status().name().toLowerCase(Locale.ROOT), overview.startedAt().toString(),
                    overview.lastActivity().toString());
        }
    }

    static ConversationsResponse of(ConversationsPage page) {
        return new ConversationsResponse(page.conversations().stream().map(Entry::of).toList(), page.hasMore());
    }
}
