package org.botserver.application.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.table.ColumnName;
import org.botserver.domain.table.ColumnType;
import org.botserver.domain.table.Comparison;
import org.botserver.domain.table.Condition;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;

/** One bot table in memory: typed columns, rows in id order. */
final class InMemoryTable {

    private final TableName name;
    private final Map<ColumnName, ColumnType> columns = new LinkedHashMap<>();
    private final List<Map<ColumnName, Value>> rows = new ArrayList<>();
    private long lastId;

    InMemoryTable(TableName name) {
        this.name = name;
        columns.put(ColumnName.ID, ColumnType.NUMBER);
    }

    InMemoryTable copy() {
        InMemoryTable copy = new InMemoryTable(name);
        copy.columns.putAll(columns);
        rows.forEach(r -> copy.rows.add(new LinkedHashMap<>(r)));
        copy.lastId = lastId;
        return copy;
    }

    void addColumns(List<ColumnName> names, List<Map<ColumnName, Value>> data) {
        for (ColumnName column : names) {
            Value first = data.stream().map(r -> r.getOrDefault(column, NullValue.NULL)).filter(v -> v != NullValue.NULL).findFirst().orElse(NullValue.NULL);
            columns.putIfAbsent(column, ColumnType.of(first));
        }
    }

    TableRow insert(Map<ColumnName, Value> values) {
        Map<ColumnName, Value> row = converted(values);
        long id = row.get(ColumnName.ID) instanceof NumberValue n ? n.value().longValueExact() : ++lastId;
        lastId = Math.max(lastId, id);
        row.put(ColumnName.ID, NumberValue.of(id));
        rows.add(row);
        return read(row);
    }

    List<TableRow> select(TableFilter filter) {
        filter.columns().forEach(this::known);
        return rows.stream().filter(r -> matches(r, filter)).map(this::read).toList();
    }

    List<TableRow> selectEqual(ColumnName column, Value value) {
        return columns.containsKey(column) ? select(new TableFilter(List.of(new Condition(column, Comparison.EQUALS, new TextValue(value.asText()))))) : List.of();
    }

    List<TableRow> update(TableFilter filter, Map<ColumnName, Value> changes) {
        filter.columns().forEach(this::known);
        Map<ColumnName, Value> converted = converted(changes);
        converted.remove(ColumnName.ID);
        List<TableRow> updated = new ArrayList<>();
        rows.stream().filter(r -> matches(r, filter)).forEach(r -> {
            r.putAll(converted);
            updated.add(read(r));
        });
        return updated;
    }

    List<TableRow> updateChanged(ColumnName key, Value keyValue, Map<ColumnName, Value> row) {
        Map<ColumnName, Value> converted = converted(row);
        converted.remove(ColumnName.ID);
        List<TableRow> updated = new ArrayList<>();
        for (TableRow match : selectEqual(key, keyValue)) {
            Map<ColumnName, Value> stored = rows.stream().filter(r -> r.get(ColumnName.ID).equals(match.id())).findFirst().orElseThrow();
            if (converted.entrySet().stream().anyMatch(e -> !e.getValue().equals(stored.getOrDefault(e.getKey(), NullValue.NULL)))) {
                stored.putAll(converted);
                updated.add(read(stored));
            }
        }
        return updated;
    }

    List<TableRow> delete(TableFilter filter) {
        List<TableRow> deleted = select(filter);
        rows.removeIf(r -> matches(r, filter));
        return deleted;
    }

    private Map<ColumnName, Value> converted(Map<ColumnName, Value> values) {
        Map<ColumnName, Value> row = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            ColumnType type = columns.get(column);
            row.put(column, convert(type == null ? ColumnType.of(value) : type, value, column));
        });
        row.keySet().forEach(column -> columns.putIfAbsent(column, ColumnType.of(row.get(column))));
        return row;
    }

    private static Value convert(ColumnType type, Value value, ColumnName column) {
        try {
            return type.convert(value, column);
        } catch (IllegalArgumentException e) {
            throw new TableException(e.getMessage());
        }
    }

    private void known(ColumnName column) {
        if (!columns.containsKey(column)) {
            throw new TableException("The table " + name + " has no column " + column + "; its columns are "
                    + String.join(", ", columns.keySet().stream().map(ColumnName::value).toList()) + ".");
        }
    }

    private boolean matches(Map<ColumnName, Value> row, TableFilter filter) {
        return filter.conditions().stream().allMatch(c -> matches(row.getOrDefault(c.column(), NullValue.NULL), c));
    }

    private boolean matches(Value cell, Condition condition) {
        if (condition.value() == NullValue.NULL) return (cell == NullValue.NULL) == (condition.comparison() == Comparison.EQUALS);
        if (cell == NullValue.NULL) return false;
        if (condition.comparison() == Comparison.LIKE) {
            String regex = java.util.regex.Pattern.quote(condition.value().asText()).replace("%", "\\E.*\\Q").replace("_", "\\E.\\Q");
            return cell.asText().matches(regex);
        }
        Value literal = convert(columns.get(condition.column()), condition.value(), condition.column());
        int order = switch (cell) {
            case NumberValue n -> n.compareTo((NumberValue) literal);
            case DateValue d -> d.value().compareTo(((DateValue) literal).value());
            case BoolValue b -> Boolean.compare(b.value(), ((BoolValue) literal).value());
            default -> cell.asText().compareTo(literal.asText());
        };
        return switch (condition.comparison()) {
            case EQUALS -> order == 0;
            case NOT_EQUALS -> order != 0;
            case LESS -> order < 0;
            case LESS_OR_EQUAL -> order <= 0;
            case GREATER -> order > 0;
            case GREATER_OR_EQUAL -> order >= 0;
            case LIKE -> throw new IllegalStateException("handled above");
        };
    }

    private TableRow read(Map<ColumnName, Value> row) {
        Map<String, Value> values = new LinkedHashMap<>();
        columns.keySet().forEach(column -> values.put(column.value(), row.getOrDefault(column, NullValue.NULL)));
        return new TableRow(values);
    }
}
