package org.botserver.adapter.out.persistence.postgres;

import static org.botserver.adapter.out.persistence.postgres.BotSchema.quote;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.application.table.TableRow;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.table.ColumnName;
import org.botserver.domain.table.ColumnType;
import org.botserver.domain.table.Comparison;
import org.botserver.domain.table.Condition;
import org.botserver.domain.table.TableFilter;

/** SQL text with quoted, checked identifiers only, and the typed parameters bound to it; values never enter the text. */
final class TableSql {

    /** A parameter: the value, already converted, and the type of the column it goes to. */
    record Parameter(Value value, ColumnType type) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Parameter> parameters = new ArrayList<>();

    TableSql append(String sql) {
        text.append(sql);
        return this;
    }

    TableSql column(ColumnName column) {
        text.append(quote(column.value()));
        return this;
    }

    TableSql parameter(Value value, ColumnType type) {
        text.append('?');
        parameters.add(new Parameter(value, type));
        return this;
    }

    /** {@code where ...} for the filter (nothing for every row), each column checked against the table. */
    TableSql where(TableFilter filter, TableShape shape) {
        String joint = " where ";
        for (Condition condition : filter.conditions()) {
            ColumnType type = shape.typeOf(condition.column());
            text.append(joint);
            joint = " and ";
            column(condition.column());
            if (condition.value() == NullValue.NULL) {
                text.append(condition.comparison() == Comparison.EQUALS ? " is null" : " is not null");
            } else if (condition.comparison() == Comparison.LIKE) {
                append("::text like ").parameter(condition.value(), ColumnType.TEXT);
            } else {
                append(" " + condition.comparison().symbol() + " ").parameter(shape.convert(condition.column(), condition.value()), type);
            }
        }
        return this;
    }

    PreparedStatement prepare(java.sql.Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text.toString());
        try {
            for (int i = 0; i < parameters.size(); i++) bind(statement, i + 1, parameters.get(i));
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Runs a query or a statement ending in {@code returning *}; the rows in id order. */
    List<TableRow> rows(java.sql.Connection connection) throws SQLException {
        try (PreparedStatement statement = prepare(connection); ResultSet rows = statement.executeQuery()) {
            List<TableRow> read = new ArrayList<>();
            while (rows.next()) read.add(row(rows));
            // UPDATE and DELETE ... RETURNING come back in no particular order.
            read.sort((a, b) -> ((NumberValue) a.id()).compareTo((NumberValue) b.id()));
            return read;
        }
    }

    @Override public String toString() { return text.toString(); }

    private static void bind(PreparedStatement statement, int index, Parameter parameter) throws SQLException {
        Value value = parameter.value();
        if (value == NullValue.NULL) {
            statement.setNull(index, switch (parameter.type()) {
                case TEXT -> Types.VARCHAR;
                case NUMBER -> Types.NUMERIC;
                case BOOLEAN -> Types.BOOLEAN;
                case TIMESTAMP -> Types.TIMESTAMP;
            });
            return;
        }
        switch (parameter.type()) {
            case TEXT -> statement.setString(index, value.asText());
            case NUMBER -> statement.setBigDecimal(index, ((NumberValue) value).value());
            case BOOLEAN -> statement.setBoolean(index, ((BoolValue) value).value());
            case TIMESTAMP -> statement.setObject(index, ((DateValue) value).value());
        }
    }

    private static TableRow row(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        Map<String, Value> values = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            values.put(meta.getColumnName(i), switch (meta.getColumnType(i)) {
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE -> {
                    LocalDateTime t = rows.getObject(i, LocalDateTime.class);
                    yield t == null ? NullValue.NULL : new DateValue(t);
                }
                case Types.NUMERIC, Types.DECIMAL, Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.DOUBLE, Types.REAL -> {
                    BigDecimal n = rows.getBigDecimal(i);
                    yield n == null ? NullValue.NULL : new NumberValue(n);
                }
                case Types.BOOLEAN, Types.BIT -> {
                    boolean b = rows.getBoolean(i);
                    yield rows.wasNull() ? NullValue.NULL : BoolValue.of(b);
                }
                default -> {
                    String s = rows.getString(i);
                    yield s == null ? NullValue.NULL : Value.of(s);
                }
            });
        }
        return new TableRow(values);
    }
}
