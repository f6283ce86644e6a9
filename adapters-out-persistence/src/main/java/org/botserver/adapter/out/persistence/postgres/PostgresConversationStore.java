package org.botserver.adapter.out.persistence.postgres;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.botserver.application.conversation.ConcurrentTurnException;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.ConversationOverview;
import org.botserver.application.conversation.ConversationsPage;
import org.botserver.application.conversation.HistoryPage;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.Message;
import org.hibernate.SessionFactory;

/**
 * Conversations in {@code user_sessions} and their messages in {@code message_history}. A turn is one statement
 * ({@link TurnStatement}), or shares one with concurrent turns ({@link GroupCommitter}): one round trip and one
 * commit, acknowledged only once committed. The conversation a turn
 * starts from usually comes from the {@link ConversationCache} (this process's, or the one the servers share),
 * without a read.
 */
final class PostgresConversationStore implements ConversationStore, AutoCloseable {

    private static final String NEWEST_MESSAGES = """
            from MessageRow m where m.sessionId = :id
            order by m.createdAt desc, m.seq desc""";
    private static final String NEWEST_MESSAGES_BEFORE = """
            from MessageRow m where m.sessionId = :id and m.createdAt < :before
            order by m.createdAt desc, m.seq desc""";

    private final SessionFactory sessions;
    private final ConversationCache cache;
    private final TurnWriter turns;

    PostgresConversationStore(SessionFactory sessions, GroupCommit groupCommit, ConversationCache cache) {
        this.sessions = sessions;
        this.turns = TurnWriter.of(sessions, groupCommit);
        this.cache = cache;
    }

    /** Writes the turns still waiting for a group commit; later turns are refused. */
    @Override
    public void close() {
        turns.close();
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        Optional<Conversation> cached = cache.find(id);
        if (cached.isPresent()) return cached;
        Optional<Conversation> stored = sessions.fromStatelessSession(session ->
                Optional.ofNullable(session.get(ConversationRow.class, id.value())).map(RowMapper::toConversation));
        stored.ifPresent(cache::remember);
        return stored;
    }

    @Override
    public void saveTurn(Conversation conversation, List<Message> newMessages) {
        ConversationRow row = RowMapper.toRow(conversation);
        List<MessageRow> rows = newMessages.stream().map(RowMapper::toRow).toList();
        boolean saved;
        try {
            saved = turns.write(row, rows);
        } catch (RuntimeException e) {
            cache.forget(conversation.id());
            throw e;
        }
        if (!saved) {
            // Another turn saved first, perhaps on another node: the next attempt reads the stored conversation.
            cache.forget(conversation.id());
            throw new ConcurrentTurnException(conversation.id());
        }
        cache.remember(RowMapper.toConversation(row));
    }

    @Override
    public HistoryPage history(ConversationId id, int limit, Optional<Instant> before) {
        if (limit < 0) throw new IllegalArgumentException("A history page holds at least 0 messages, not " + limit + ".");
        List<MessageRow> newestFirst = sessions.fromStatelessSession(session -> {
            var query = session.createSelectionQuery(before.isPresent() ? NEWEST_MESSAGES_BEFORE : NEWEST_MESSAGES,
                    MessageRow.class).setParameter("id", id.value());
            before.ifPresent(instant -> query.setParameter("before", instant));
            // One row more than asked tells whether older messages exist, without a count query.
            return query.setMaxResults((int) Math.min(limit + 1L, Integer.MAX_VALUE)).getResultList();
        });
        boolean hasMore = newestFirst.size() > limit;
        List<Message> page = newestFirst.stream().limit(limit).map(RowMapper::toMessage).toList();
        return new HistoryPage(page.reversed(), hasMore);
    }

    private static final String CONVERSATIONS_OF_USER = """
            select c.id, c.botId, c.status, c.startedAt, c.updatedAt from ConversationRow c
             where c.userId = :user order by c.updatedAt desc, c.id desc""";
    private static final String CONVERSATIONS_OF_USER_BEFORE = """
            select c.id, c.botId, c.status, c.startedAt, c.updatedAt from ConversationRow c
             where c.userId = :user and c.updatedAt < :before order by c.updatedAt desc, c.id desc""";

    @Override
    public ConversationsPage listByUser(String userId, int limit, Optional<Instant> before) {
        if (limit < 0) throw new IllegalArgumentException("A page holds at least 0 conversations, not " + limit + ".");
        List<Object[]> rows = sessions.fromStatelessSession(session -> {
            var query = session.createSelectionQuery(before.isPresent() ? CONVERSATIONS_OF_USER_BEFORE
                    : CONVERSATIONS_OF_USER, Object[].class).setParameter("user", userId);
            before.ifPresent(instant -> query.setParameter("before", instant));
            // One row more than asked tells whether more exist, without a count query.
            return query.setMaxResults((int) Math.min(limit + 1L, Integer.MAX_VALUE)).getResultList();
        });
        return new ConversationsPage(rows.stream().limit(limit).map(row -> new ConversationOverview(
                new ConversationId((UUID) row[0]), new BotId((String) row[1]),
                ConversationStatus.valueOf(((String) row[2]).toUpperCase(Locale.ROOT)),
                (Instant) row[3], (Instant) row[4])).toList(), rows.size() > limit);
    }
}
