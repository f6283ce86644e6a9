package org.botserver.adapter.out.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.application.table.BotTables;
import org.botserver.application.table.SavedRow;
import org.botserver.application.table.TableException;
import org.botserver.application.table.TableRow;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.table.ColumnName;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;
import org.hibernate.SessionFactory;

/**
 * Bot tables in PostgreSQL over plain JDBC on the server's pool: each bot's tables in its own schema
 * ({@link BotSchema}), created and widened by the writes ({@link TableShape}), each call one transaction. Writes
 * to one table are serialised by a transaction-scoped advisory lock, so two first inserts never race to create it.
 */
final class PostgresBotTables implements BotTables {

    /** Does one piece of work on a connection inside the transaction. */
    interface Work<T> {
        T run(Connection connection, String schema) throws SQLException;
    }

    private final SessionFactory sessions;

    PostgresBotTables(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean exists(BotId bot, TableName table) {
        return transaction(bot, table, false, (c, schema) -> TableShape.read(c, schema, table).isPresent());
    }

    @Override
    public List<TableRow> find(BotId bot, TableName table, TableFilter filter, int limit) {
        return transaction(bot, table, false, (c, schema) -> {
            Optional<TableShape> shape = TableShape.read(c, schema, table);
            if (shape.isEmpty()) return List.of();
            return new TableSql().append("select * from " + shape.get().name()).where(filter, shape.get())
                    .append(" order by \"id\" limit " + limit).rows(c);
        });
    }

    @Override
    public TableRow insert(BotId bot, TableName table, Map<ColumnName, Value> values) {
        Map<ColumnName, Value> row = withoutId(values);
        return transaction(bot, table, true, (c, schema) -> TableRows.insert(c, TableShape.ensure(c, schema, table, row), row));
    }

    @Override
    public SavedRow save(BotId bot, TableName table, Map<ColumnName, Value> values) {
        return transaction(bot, table, true, (c, schema) -> TableRows.save(c, schema, table, values));
    }

    @Override
    public List<TableRow> update(BotId bot, TableName table, TableFilter filter, Map<ColumnName, Value> changes) {
        Map<ColumnName, Value> set = withoutId(changes);
        return transaction(bot, table, true, (c, schema) -> {
            if (TableShape.read(c, schema, table).isEmpty()) return List.of();
            TableShape shape = TableShape.ensure(c, schema, table, set);
            return TableRows.set(shape, set).where(filter, shape).append(" returning *").rows(c);
        });
    }

    @Override
    public List<TableRow> delete(BotId bot, TableName table, TableFilter filter) {
        return transaction(bot, table, true, (c, schema) -> {
            Optional<TableShape> shape = TableShape.read(c, schema, table);
            if (shape.isEmpty()) return List.of();
            return new TableSql().append("delete from " + shape.get().name()).where(filter, shape.get()).append(" returning *").rows(c);
        });
    }

    @Override
    public List<SavedRow> merge(BotId bot, TableName table, ColumnName key, List<Map<ColumnName, Value>> rows) {
        return transaction(bot, table, true, (c, schema) -> TableRows.merge(c, schema, table, key, rows.stream().map(PostgresBotTables::withoutId).toList()));
    }

    @Override
    public int seed(BotId bot, TableName table, List<ColumnName> columns, List<Map<ColumnName, Value>> rows) {
        Map<ColumnName, Value> sample = new LinkedHashMap<>();
        for (ColumnName column : columns) {
            sample.put(column, rows.stream().map(r -> r.getOrDefault(column, NullValue.NULL)).filter(v -> v != NullValue.NULL)
                    .findFirst().orElse(NullValue.NULL));
        }
        return transaction(bot, table, true, (c, schema) -> {
            TableShape shape = TableShape.ensure(c, schema, table, withoutId(sample));
            if (!new TableSql().append("select 1 from " + shape.name() + " limit 1").rows(c).isEmpty()) return 0;
            for (Map<ColumnName, Value> row : rows) TableRows.insert(c, shape, withoutId(row));
            return rows.size();
        });
    }

    private static Map<ColumnName, Value> withoutId(Map<ColumnName, Value> values) {
        Map<ColumnName, Value> row = new LinkedHashMap<>(values);
        row.remove(ColumnName.ID);
        return row;
    }

    private <T> T transaction(BotId bot, TableName table, boolean write, Work<T> work) {
        String schema = BotSchema.of(bot);
        return sessions.fromStatelessSession(session -> session.doReturningWork(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (write) lock(connection, schema + "." + table.value());
                T result = work.run(connection, schema);
                connection.commit();
                return result;
            } catch (SQLException e) {
                connection.rollback();
                // Class 22 is a data exception (a number too large, a date out of range): the value's fault, not the database's.
                if (e.getSQLState() != null && e.getSQLState().startsWith("22")) throw new TableException("The table " + table + " refused a value: " + e.getMessage(), e);
                throw e;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }));
    }

    private static void lock(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            statement.setString(1, key);
            statement.execute();
        }
    }
}
