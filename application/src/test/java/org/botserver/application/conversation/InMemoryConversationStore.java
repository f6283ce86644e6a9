package org.botserver.application.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.Message;

/** The conversation store kept in memory, for application tests; passes the same contract as the real one. */
public final class InMemoryConversationStore implements ConversationStore {

    private final Map<ConversationId, Conversation> conversations = new ConcurrentHashMap<>();
    private final Map<ConversationId, List<Message>> messages = new ConcurrentHashMap<>();
    private int saveTurnCalls;

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return Optional.ofNullable(conversations.get(id));
    }

    @Override
    public synchronized void saveTurn(Conversation conversation, List<Message> newMessages) {
        Conversation stored = conversations.get(conversation.id());
        long storedVersion = stored == null ? 0 : stored.version();
        saveTurnCalls++;
        if (storedVersion != conversation.version()) throw new ConcurrentTurnException(conversation.id());
        conversations.put(conversation.id(), conversation.stored());
        messages.computeIfAbsent(conversation.id(), id -> new ArrayList<>()).addAll(newMessages);
    }

    @Override
    public synchronized HistoryPage history(ConversationId id, int limit, Optional<Instant> before) {
        List<Message> older = messages.getOrDefault(id, List.of()).stream()
                .filter(m -> before.map(m.timestamp()::isBefore).orElse(true))
                .toList();
        int from = Math.max(0, older.size() - limit);
        return new HistoryPage(older.subList(from, older.size()), from > 0);
    }

    @Override
    public synchronized ConversationsPage listByUser(String userId, int limit, Optional<Instant> before) {
        List<ConversationOverview> matching = conversations.values().stream()
                .filter(c -> c.userId().equals(userId))
                .filter(c -> before.map(c.updatedAt()::isBefore).orElse(true))
                .sorted(Comparator.comparing(Conversation::updatedAt).reversed())
                .map(c -> new ConversationOverview(c.id(), c.botId(), c.status(), c.startedAt(), c.updatedAt()))
                .toList();
        return new ConversationsPage(matching.subList(0, Math.min(limit, matching.size())), matching.size() > limit);
    }

    /** Every message stored for the conversation, oldest first. */
    public synchronized List<Message> allMessages(ConversationId id) {
        return List.copyOf(messages.getOrDefault(id, List.of()));
    }

    /** How often a turn was handed to the store, refused ones included. */
    public synchronized int saveTurnCalls() { return saveTurnCalls; }

    /** How many conversations are stored. */
    public int size() { return conversations.size(); }
}
