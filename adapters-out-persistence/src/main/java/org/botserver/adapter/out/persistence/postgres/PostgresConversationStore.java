package org.botserver.adapter.out.persistence.postgres;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.application.conversation.ConcurrentTurnException;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.HistoryPage;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.Message;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Conversations in {@code user_sessions} and their messages in {@code message_history}, through stateless
 * sessions: a turn is one transaction of one version-checked write and one batch of inserts, and nothing is
 * read back.
 */
final class PostgresConversationStore implements ConversationStore {

    private static final String NEXT_VERSION = """
            update ConversationRow c
               set c.status = :status, c.dialogState = :dialogState, c.updatedAt = :updatedAt,
                   c.version = c.version + 1
             where c.id = :id and c.version = :version""";
    private static final String NEWEST_MESSAGES = """
            from MessageRow m where m.sessionId = :id
            order by m.createdAt desc, m.seq desc""";
    private static final String NEWEST_MESSAGES_BEFORE = """
            from MessageRow m where m.sessionId = :id and m.createdAt < :before
            order by m.createdAt desc, m.seq desc""";
    private static final String SESSION_PRIMARY_KEY = "user_sessions_pkey";

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
        try {
            sessions.inStatelessTransaction(session -> {
                writeConversation(session, conversation);
                session.insertMultiple(rows);
            });
        } catch (ConstraintViolationException e) {
            // Two first turns of one conversation: the one that committed second finds the row taken.
            if (SESSION_PRIMARY_KEY.equalsIgnoreCase(e.getConstraintName())) {
                throw new ConcurrentTurnException(conversation.id());
            }
            throw e;
        }
    }

    private static void writeConversation(StatelessSession session, Conversation conversation) {
        if (conversation.version() == 0) {
            session.insert(RowMapper.toRow(conversation));
            return;
        }
        int updated = session.createMutationQuery(NEXT_VERSION)
                .setParameter("status", RowMapper.statusWord(conversation.status()))
                .setParameter("dialogState", conversation.dialogState())
                .setParameter("updatedAt", conversation.updatedAt())
                .setParameter("id", conversation.id().value())
                .setParameter("version", conversation.version())
                .executeUpdate();
        if (updated == 0) throw new ConcurrentTurnException(conversation.id());
    }

    @Override
    public HistoryPage history(ConversationId id, int limit, Optional<Instant> before) {
        if (limit < 0) throw new IllegalArgumentException("A history page holds at least 0 messages, not " + limit + ".");
        List<MessageRow> newestFirst = sessions.fromStatelessSession(session -> {
            var query = session.createSelectionQuery(before.isPresent() ? NEWEST_MESSAGES_BEFORE : NEWEST_MESSAGES,
                    MessageRow.class).setParameter("id", id.value());
            before.ifPresent(instant -> query.setParameter("before", instant));
            // One row more than asked tells whether older messages exist, without a count query.
            return query.setMaxResults(limit + 1).getResultList();
        });
        boolean hasMore = newestFirst.size() > limit;
        List<Message> page = new ArrayList<>(newestFirst.subList(0, Math.min(limit, newestFirst.size())).stream()
                .map(RowMapper::toMessage).toList());
        return new HistoryPage(page.reversed(), hasMore);
    }
}
