package org.botserver.application.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.Message;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Keeps conversations and their message history; every turn is saved in one go. */
@SecondaryPort
public interface ConversationStore {

    Optional<Conversation> find(ConversationId id);

    /**
     * One database transaction: insert or update the conversation (state, status, updated_at; optimistic
     * check on version: the stored version must equal conversation.version(), the new stored version is
     * version()+1 — a mismatch throws {@link ConcurrentTurnException}) and append the messages, in order.
     */
    void saveTurn(Conversation conversation, List<Message> newMessages);

    /**
     * Newest-first page of at most {@code limit} messages strictly older than {@code before} (if present),
     * returned in chronological order, and whether older ones exist.
     */
    HistoryPage history(ConversationId id, int limit, Optional<Instant> before);

    /**
     * The conversations stored under {@code userId}, most recently active first: at most {@code limit} whose last
     * activity is strictly before {@code before} (if present), and whether more exist.
     */
    ConversationsPage listByUser(String userId, int limit, Optional<Instant> before);
}
