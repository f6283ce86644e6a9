package org.botserver.adapter.out.persistence.postgres;

import static org.botserver.adapter.out.persistence.postgres.BotSchema.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.botserver.application.table.TableException;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.table.ColumnName;
import org.botserver.domain.table.ColumnType;
import org.botserver.domain.table.TableName;

/** A bot table's columns and their types as the database has them, and the DDL that creates the table or adds columns. */
final class TableShape {

    private static final String COLUMNS = """
            select column_name, data_type from information_schema.columns
            where table_schema = ? and table_name = ? order by ordinal_position""";

    final String schema;
    final TableName table;
    final Map<ColumnName, ColumnType> columns;

    private TableShape(String schema, TableName table, Map<ColumnName, ColumnType> columns) {
        this.schema = schema;
        this.table = table;
        this.columns = columns;
    }

    /** The table's columns, or nothing when the table does not exist. */
    static Optional<TableShape> read(Connection connection, String schema, TableName table) throws SQLException {
        Map<ColumnName, ColumnType> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setString(1, schema);
            statement.setString(2, table.value());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (ColumnName.isValid(rows.getString(1))) columns.put(new ColumnName(rows.getString(1)), type(rows.getString(2)));
                }
            }
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(new TableShape(schema, table, columns));
    }

    /** The table with a column for every value's name, creating the schema, the table and missing columns as needed. */
    static TableShape ensure(Connection connection, String schema, TableName table, Map<ColumnName, Value> sample) throws SQLException {
        Optional<TableShape> found = read(connection, schema, table);
        TableShape shape = found.orElseGet(() -> new TableShape(schema, table, new LinkedHashMap<>(Map.of(ColumnName.ID, ColumnType.NUMBER))));
        try (Statement ddl = connection.createStatement()) {
            if (found.isEmpty()) {
                ddl.execute("create schema if not exists " + quote(schema));
                ddl.execute("create table if not exists " + shape.name() + " (" + quote("id") + " bigserial primary key)");
            }
            for (Map.Entry<ColumnName, Value> value : sample.entrySet()) {
                if (shape.columns.containsKey(value.getKey())) continue;
                ColumnType type = ColumnType.of(value.getValue());
                ddl.execute("alter table " + shape.name() + " add column if not exists " + quote(value.getKey().value()) + " " + sql(type));
                shape.columns.put(value.getKey(), type);
            }
        }
        return shape;
    }

    /** The schema-qualified, quoted table name. */
    String name() {
        return quote(schema) + "." + quote(table.value());
    }

    ColumnType typeOf(ColumnName column) {
        ColumnType type = columns.get(column);
        if (type == null) {
            throw new TableException("The table " + table + " has no column " + column + "; its columns are "
                    + String.join(", ", columns.keySet().stream().map(ColumnName::value).toList()) + ".");
        }
        return type;
    }

    /** The value as the column holds it; a refusal names the column. */
    Value convert(ColumnName column, Value value) {
        try {
            return value == NullValue.NULL ? value : typeOf(column).convert(value, column);
        } catch (IllegalArgumentException e) {
            throw new TableException(e.getMessage());
        }
    }

    private static String sql(ColumnType type) {
        return switch (type) {
            case TEXT -> "text";
            case NUMBER -> "numeric";
            case BOOLEAN -> "boolean";
            case TIMESTAMP -> "timestamp";
        };
    }

    private static ColumnType type(String dataType) {
        return switch (dataType) {
            case "numeric", "bigint", "integer", "smallint", "double precision", "real" -> ColumnType.NUMBER;
            case "boolean" -> ColumnType.BOOLEAN;
            case "timestamp without time zone", "timestamp with time zone", "date" -> ColumnType.TIMESTAMP;
            default -> ColumnType.TEXT;
        };
    }
}
