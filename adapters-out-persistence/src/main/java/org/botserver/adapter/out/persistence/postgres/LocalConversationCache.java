package org.botserver.adapter.out.persistence.postgres;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;

/**
 * The conversations this process last saved or read, so that a turn finds its conversation without a database
 * round trip. Safe with other nodes writing too: a turn saved on a stale copy fails the version check and is
 * forgotten here, so the next attempt reads the database.
 */
final class LocalConversationCache implements ConversationCache {

    private static final long MAX_CONVERSATIONS = 100_000;
    private static final Duration IDLE = Duration.ofMinutes(30);

    private final Cache<ConversationId, Conversation> latest =
            Caffeine.newBuilder().maximumSize(MAX_CONVERSATIONS).expireAfterAccess(IDLE).build();

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return Optional.ofNullable(latest.getIfPresent(id));
    }

    /** Keeps the conversation unless a newer version is already kept (two turns may finish out of order). */
    @Override
    public void remember(Conversation conversation) {
        latest.asMap().merge(conversation.id(), conversation,
                (kept, offered) -> offered.version() >= kept.version() ? offered : kept);
    }

    @Override
    public void forget(ConversationId id) {
        latest.invalidate(id);
    }
}
