package org.botserver.adapter.out.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.hibernate.SessionFactory;

/** One prepared statement on a pooled connection, for the stores that speak SQL directly. */
final class Statements {

    /** What is done with the prepared statement: bind, execute, read. */
    interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private final SessionFactory sessions;

    Statements(SessionFactory sessions) {
        this.sessions = sessions;
    }

    <T> T run(String sql, Work<T> work) {
        return sessions.fromStatelessSession(session -> session.doReturningWork((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return work.run(statement);
            }
        }));
    }

    /** Binds the values to the statement's parameters, in order. */
    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) statement.setObject(i + 1, values[i]);
    }
}
