package org.botserver.application.conversation;

import java.time.Instant;
import java.util.Optional;
import org.botserver.domain.conversation.ConversationId;

/** Which page of a conversation's history to read: at most {@code limit} messages older than {@code before}. */
public record ReadHistoryQuery(ConversationId conversationId, int limit, Optional<Instant> before) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public ReadHistoryQuery {
        if (conversationId == null) throw new InvalidCommandException("A conversation id is required.");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidCommandException("The limit must be between 1 and " + MAX_LIMIT + ".");
        }
        if (before == null) before = Optional.empty();
    }

    /** The query from client input; a malformed id names no conversation, a missing limit means the default. */
    public static ReadHistoryQuery of(String conversationId, Integer limit, Instant before) {
        ConversationId id = ConversationId.parse(conversationId)
                .orElseThrow(() -> new UnknownConversationException(conversationId));
        return new ReadHistoryQuery(id, limit == null ? DEFAULT_LIMIT : limit, Optional.ofNullable(before));
    }
}
