package org.botserver.adapter.out.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A whole turn as one SQL statement: the conversation's version-checked write and its messages' inserts, which
 * run only when that write happened. On an auto-commit connection the statement is its own transaction, so a turn
 * costs one round trip to the database and one commit.
 */
final class TurnStatement {

    // The messages join the written row, so a turn that lost the version check inserts none of them; ORDINALITY
    // keeps them in the order they were said (their seq identity follows the insert order).
    private static final String MESSAGES = """
            , messages as (
                insert into message_history (id, session_id, role, content, tokens_used, created_at)
                select m.id, turn.id, m.role, m.content, m.tokens_used, m.created_at
                  from turn, unnest(?::uuid[], ?::varchar[], ?::text[], ?::int[], ?::text[]::timestamptz[])
                             with ordinality as m(id, role, content, tokens_used, created_at, n)
                 order by m.n)
            select count(*) from turn""";
    // A first turn racing another one for the same new conversation finds the row taken and writes nothing.
    private static final String FIRST_VERSION = """
            with turn as (
                insert into user_sessions (status, dialog_state, updated_at, session_tools, session_context, session_kbs,
                                           id, bot_id, user_id, started_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                on conflict do nothing
                returning id)""" + MESSAGES;
    private static final String NEXT_VERSION = """
            with turn as (
                update user_sessions
                   set status = ?, dialog_state = ?, updated_at = ?, session_tools = ?, session_context = ?,
                       session_kbs = ?, version = version + 1
                 where id = ? and version = ?
                returning id)""" + MESSAGES;

    private TurnStatement() {}

    /** Whether the turn was saved: false when the stored version was not the one the turn started from. */
    static boolean save(Connection connection, ConversationRow conversation, List<MessageRow> messages)
            throws SQLException {
        // The row carries the version it will have once stored: 1 for a new conversation, else the loaded one + 1.
        boolean first = conversation.version == 1;
        try (PreparedStatement statement = connection.prepareStatement(first ? FIRST_VERSION : NEXT_VERSION)) {
            int p = 1;
            statement.setString(p++, conversation.status);
            statement.setBytes(p++, conversation.dialogState);
            statement.setObject(p++, conversation.updatedAt.atOffset(ZoneOffset.UTC));
            statement.setArray(p++, connection.createArrayOf("text", conversation.sessionTools));
            statement.setString(p++, conversation.sessionContext);
            statement.setArray(p++, connection.createArrayOf("text", conversation.sessionKnowledgeBases));
            statement.setObject(p++, conversation.id);
            if (first) {
                statement.setString(p++, conversation.botId);
                statement.setString(p++, conversation.userId);
                statement.setObject(p++, conversation.startedAt.atOffset(ZoneOffset.UTC));
            } else {
                statement.setLong(p++, conversation.version - 1);
            }
            bindMessages(connection, statement, p, messages);
            try (ResultSet written = statement.executeQuery()) {
                return written.next() && written.getLong(1) == 1;
            }
        }
    }

    private static void bindMessages(Connection connection, PreparedStatement statement, int p, List<MessageRow> messages)
            throws SQLException {
        statement.setArray(p, connection.createArrayOf("uuid", messages.stream().map(m -> m.id).toArray()));
        statement.setArray(p + 1, connection.createArrayOf("varchar", messages.stream().map(m -> m.role).toArray()));
        statement.setArray(p + 2, connection.createArrayOf("text", messages.stream().map(m -> m.content).toArray()));
        statement.setArray(p + 3, connection.createArrayOf("int4", messages.stream().map(m -> m.tokensUsed).toArray()));
        statement.setArray(p + 4, connection.createArrayOf("text",
                messages.stream().map(m -> m.createdAt).map(Instant::toString).toArray()));
    }
}
