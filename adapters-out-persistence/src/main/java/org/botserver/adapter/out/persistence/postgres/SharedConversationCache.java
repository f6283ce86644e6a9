package org.botserver.adapter.out.persistence.postgres;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.CacheUnavailableException;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;

/**
 * Conversations in the cache every server shares ({@code session:{id}}, kept 30 minutes after their last use), so
 * that the next turn finds the current copy whichever server it reaches, without reading the database. The copy
 * is written when the turn has committed, before the turn is answered. While the cache is away, turns read the
 * database; a copy left stale by a failed write fails its turn's version check once and is then dropped.
 */
final class SharedConversationCache implements ConversationCache {

    static final Duration IDLE = Duration.ofMinutes(30);
    private static final System.Logger LOG = System.getLogger(SharedConversationCache.class.getName());

    private final CacheStore store;
    private final AtomicBoolean away = new AtomicBoolean();

    SharedConversationCache(CacheStore store) {
        this.store = store;
    }

    static String key(ConversationId id) {
        return "session:" + id.value();
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        try {
            Optional<Conversation> found = store.getAndTouch(key(id), IDLE).flatMap(ConversationCodec::decode);
            back();
            return found;
        } catch (CacheUnavailableException e) {
            gone(e);
            return Optional.empty();
        }
    }

    @Override
    public void remember(Conversation conversation) {
        try {
            store.put(key(conversation.id()), ConversationCodec.encode(conversation), IDLE);
            back();
        } catch (CacheUnavailableException e) {
            gone(e);
        }
    }

    @Override
    public void forget(ConversationId id) {
        try {
            store.remove(key(id));
            back();
        } catch (CacheUnavailableException e) {
            gone(e);
        }
    }

    /** One warning per outage, not one per turn. */
    private void gone(CacheUnavailableException e) {
        if (away.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.WARNING, "The session cache is away, turns read the database: {0}", e.getMessage());
        }
    }

    private void back() {
        if (away.compareAndSet(true, false)) {
            LOG.log(System.Logger.Level.INFO, "The session cache is back.");
        }
    }
}
