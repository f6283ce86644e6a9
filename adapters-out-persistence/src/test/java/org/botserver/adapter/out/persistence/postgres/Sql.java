package org.botserver.adapter.out.persistence.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC for tests that look at the database behind the adapter's back. */
final class Sql {

    private Sql() {}

    /** The first column of every row the query returns, as text. */
    static List<String> column(JdbcTarget target, String query) {
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) values.add(rows.getString(1));
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    static String single(JdbcTarget target, String query) {
        List<String> values = column(target, query);
        if (values.size() != 1) throw new IllegalStateException(query + " returned " + values);
        return values.getFirst();
    }

    static void execute(JdbcTarget target, String command) throws SQLException {
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
             Statement statement = connection.createStatement()) {
            statement.execute(command);
        }
    }
}
