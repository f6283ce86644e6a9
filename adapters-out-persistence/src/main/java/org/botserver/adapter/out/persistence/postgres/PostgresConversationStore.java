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
import org.hibernate.StatelessSession;
import org.hibernate.query.MutationQuery;

/**
 * Conversations in {@code user_sessions} and their messages in {@code message_history}, through stateless
 * sessions: a turn is one transaction of one version-checked write of the conversation and one batch of
 * message inserts, and nothing is read back.
 */
final class PostgresConversationStore implements ConversationStore {

    // A first turn racing another one for the same new conversation finds the row taken and writes nothing.
    private static final String FIRST_VERSION = """
            insert into ConversationRow (id, botId, userId, status, dialogState, version, startedAt, updatedAt,
                                         sessionTools, sessionContext, sessionKnowledgeBases)
            values (:id, :botId, :userId, :status, :dialogState, 1, :startedAt, :updatedAt, :sessionTools,
                    :sessionContext, :sessionKnowledgeBases)
            on conflict do nothing""";
    private static final String NEXT_VERSION = """
            update ConversationRow c
               set c.status = :status, c.dialogState = :dialogState, c.updatedAt = :updatedAt,
                   c.sessionTools = :sessionTools, c.sessionContext = :sessionContext,
                   c.sessionKnowledgeBases = :sessionKnowledgeBases, c.version = c.version + 1
             where c.id = :id and c.version = :version""";
    private static final String NEWEST_MESSAGES = """
            from MessageRow m where m.sessionId = :id
            order by m.createdAt desc, m.seq desc""";
    private static final String NEWEST_MESSAGES_BEFORE = """
            from MessageRow m where m.sessionId = :id and m.createdAt < :before
            order by m.createdAt desc, m.seq desc""";

    private final SessionFactory sessions;

    PostgresConversationStore(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return sessions.fromStatelessSession(session ->
                Optional.ofNullable(session.get(ConversationRow.class, id.value())).map(RowMapper::toConversation));
    }

    @Override
    public void saveTurn(Conversation conversation, List<Message> newMessages) {
        List<MessageRow> rows = newMessages.stream().map(RowMapper::toRow).toList();
        sessions.inStatelessTransaction(session -> {
            // Zero rows written means another turn saved first; the exception rolls the transaction back.
            if (writeConversation(session, conversation) == 0) throw new ConcurrentTurnException(conversation.id());
            session.insertMultiple(rows);
        });
    }

    private static int writeConversation(StatelessSession session, Conversation conversation) {
        ConversationRow row = RowMapper.toRow(conversation);
        MutationQuery write = conversation.version() == 0
                ? session.createMutationQuery(FIRST_VERSION)
                        .setParameter("botId", row.botId)
                        .setParameter("userId", row.userId)
                        .setParameter("startedAt", row.startedAt)
                : session.createMutationQuery(NEXT_VERSION).setParameter("version", conversation.version());
        return write.setParameter("id", row.id)
                .setParameter("status", row.status)
                .setParameter("dialogState", row.dialogState)
                .setParameter("updatedAt", row.updatedAt)
                .setParameter("sessionTools", row.sessionTools)
                .setParameter("sessionContext", row.sessionContext)
                .setParameter("sessionKnowledgeBases", row.sessionKnowledgeBases)
                .executeUpdate();
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
