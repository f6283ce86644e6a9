package org.botserver.specs.target;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.application.conversation.ConcurrentTurnException;
import org.botserver.application.conversation.ConversationOverview;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.ConversationsPage;
import org.botserver.application.conversation.HistoryPage;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.Message;

/**
 * Conversations kept in memory for one scenario: the fast default of in-process runs. It passes the same store
 * contract as the server's PostgreSQL store (application's fake lives in a test-jar, which a library cannot ship).
 */
final class MemoryConversationStore implements ConversationStore {

    private final Map<ConversationId, Conversation> conversations = new ConcurrentHashMap<>();
    private final Map<ConversationId, List<Message>> messages = new ConcurrentHashMap<>();

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return Optional.ofNullable(conversations.get(id));
    }

    @Override
    public synchronized void saveTurn(Conversation conversation, List<Message> newMessages) {
        Conversation stored = conversations.get(conversation.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != conversation.version()) throw new ConcurrentTurnException(conversation.id());
        conversations.put(conversation.id(), conversation.stored());
        messages.computeIfAbsent(conversation.id(), id -> new ArrayList<>()).addAll(newMessages);
    }

    @Override
    public synchronized HistoryPage history(ConversationId id, int limit, Optional<Instant> before) {
        List<Message> older = messages.getOrDefault(id, List.of()).stream()
                .filter(message -> before.map(message.timestamp()::isBefore).orElse(true))
                .toList();
        int from = Math.max(0, older.size() - limit);
        return new HistoryPage(older.subList(from, older.size()), from > 0);
    }

    @Override
    public synchronized ConversationsPage listByUser(String userId, int limit, Optional<Instant> before) {
        List<ConversationOverview> newestFirst = conversations.values().stream()
                .filter(c -> c.userId().equals(userId))
                .filter(c -> before.map(c.updatedAt()::isBefore).orElse(true))
                .sorted(Comparator.comparing(Conversation::updatedAt).reversed())
                .map(c -> new ConversationOverview(c.id(), c.botId(), c.status(), c.startedAt(), c.updatedAt()))
                .toList();
        return new ConversationsPage(newestFirst.subList(0, Math.min(limit, newestFirst.size())), newestFirst.size() > limit);
    }
}
