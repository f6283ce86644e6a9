package org.botserver.adapter.out.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * Several turns of different conversations as one SQL statement, hence one transaction and one commit: each turn's
 * version-checked write, and the messages of exactly the turns whose write happened. A turn that loses its version
 * check writes nothing and leaves the others untouched.
 */
final class TurnBatchStatement {

    // Rows travel as parallel arrays, so the statement's text and plan are the same for every batch size. The
    // text[] columns go as array literals (one text per turn) because unnest would flatten an array of arrays.
    private static final String SQL = """
            with turn as (
                select * from unnest(?::int[], ?::uuid[], ?::bigint[], ?::varchar[], ?::bytea[], ?::text[], ?::text[],
                                     ?::text[], ?::text[], ?::varchar[], ?::varchar[], ?::text[])
                    as t(n, id, version, status, dialog_state, updated_at, session_tools, session_context, session_kbs,
                         bot_id, user_id, started_at)),
            started as (
                insert into user_sessions (status, dialog_state, updated_at, session_tools, session_context, session_kbs,
                                           id, bot_id, user_id, started_at, version)
                select status, dialog_state, updated_at::timestamptz, session_tools::text[], session_context,
                       session_kbs::text[], id, bot_id, user_id, started_at::timestamptz, 1
                  from turn where version = 1
                on conflict do nothing
                returning id),
            continued as (
                update user_sessions s
                   set status = t.status, dialog_state = t.dialog_state, updated_at = t.updated_at::timestamptz,
                       session_tools = t.session_tools::text[], session_context = t.session_context,
                       session_kbs = t.session_kbs::text[], version = s.version + 1
                  from turn t
                 where t.version > 1 and s.id = t.id and s.version = t.version - 1
                returning t.n),
            saved as (
                select t.n from turn t join started using (id) where t.version = 1
                union all
                select n from continued),
            messages as (
                insert into message_history (id, session_id, role, content, tokens_used, created_at)
                select m.id, m.session_id, m.role, m.content, m.tokens_used, m.created_at::timestamptz
                  from unnest(?::int[], ?::uuid[], ?::uuid[], ?::varchar[], ?::text[], ?::int[], ?::text[])
                           with ordinality as m(n, id, session_id, role, content, tokens_used, created_at, k)
                 where m.n in (select n from saved)
                 order by m.k)
            select n from saved""";

    private TurnBatchStatement() {}

    /** One conversation's turn: its row (carrying the version it will have once stored) and its new messages. */
    record Turn(ConversationRow conversation, List<MessageRow> messages) {}

    /**
     * Which of the turns were saved, by their index in the list. The turns must be of different conversations:
     * the statement cannot tell two new turns of one conversation apart.
     */
    static BitSet save(Connection connection, List<Turn> turns) throws SQLException {
        int size = turns.size();
        List<ConversationRow> rows = turns.stream().map(Turn::conversation).toList();
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            int p = 1;
            statement.setArray(p++, connection.createArrayOf("int4", order));
            statement.setArray(p++, array(connection, "uuid", rows, row -> row.id));
            statement.setArray(p++, array(connection, "int8", rows, row -> row.version));
            statement.setArray(p++, array(connection, "varchar", rows, row -> row.status));
            statement.setArray(p++, connection.createArrayOf("bytea",
                    rows.stream().map(row -> row.dialogState).toArray(byte[][]::new)));
            statement.setArray(p++, array(connection, "text", rows, row -> row.updatedAt.toString()));
            statement.setArray(p++, array(connection, "text", rows, row -> ArrayLiteral.of(row.sessionTools)));
            statement.setArray(p++, array(connection, "text", rows, row -> row.sessionContext));
            statement.setArray(p++, array(connection, "text", rows, row -> ArrayLiteral.of(row.sessionKnowledgeBases)));
            statement.setArray(p++, array(connection, "varchar", rows, row -> row.botId));
            statement.setArray(p++, array(connection, "varchar", rows, row -> row.userId));
            statement.setArray(p++, array(connection, "text", rows, row -> row.startedAt.toString()));
            bindMessages(connection, statement, p, turns);
            BitSet saved = new BitSet(size);
            try (ResultSet written = statement.executeQuery()) {
                while (written.next()) saved.set(written.getInt(1));
            }
            return saved;
        }
    }

    private static void bindMessages(Connection connection, PreparedStatement statement, int p, List<Turn> turns)
            throws SQLException {
        int count = turns.stream().mapToInt(turn -> turn.messages().size()).sum();
        Object[] turnOf = new Object[count], id = new Object[count], session = new Object[count];
        Object[] role = new Object[count], content = new Object[count], tokens = new Object[count];
        Object[] createdAt = new Object[count];
        int k = 0;
        for (int n = 0; n < turns.size(); n++) {
            for (MessageRow message : turns.get(n).messages()) {
                turnOf[k] = n;
                id[k] = message.id;
                session[k] = message.sessionId;
                role[k] = message.role;
                content[k] = message.content;
                tokens[k] = message.tokensUsed;
                createdAt[k++] = message.createdAt.toString();
            }
        }
        statement.setArray(p, connection.createArrayOf("int4", turnOf));
        statement.setArray(p + 1, connection.createArrayOf("uuid", id));
        statement.setArray(p + 2, connection.createArrayOf("uuid", session));
        statement.setArray(p + 3, connection.createArrayOf("varchar", role));
        statement.setArray(p + 4, connection.createArrayOf("text", content));
        statement.setArray(p + 5, connection.createArrayOf("int4", tokens));
        statement.setArray(p + 6, connection.createArrayOf("text", createdAt));
    }

    private static java.sql.Array array(Connection connection, String type, List<ConversationRow> rows,
                                        Function<ConversationRow, Object> column) throws SQLException {
        return connection.createArrayOf(type, rows.stream().map(column).toArray());
    }
}
