package org.botserver.adapter.out.persistence.postgres;

import java.util.Optional;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;

/**
 * Where a turn finds its conversation without reading the database: this process's memory, or the cache every
 * server shares. A copy may be stale; the version check of the turn's write is what keeps conversations right.
 */
interface ConversationCache {

    Optional<Conversation> find(ConversationId id);

    /** Keeps the conversation as a turn just committed it. */
    void remember(Conversation conversation);

    /** Drops the copy, so the next turn reads the database. */
    void forget(ConversationId id);
}
