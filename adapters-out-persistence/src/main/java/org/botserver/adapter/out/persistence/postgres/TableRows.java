package org.botserver.adapter.out.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.application.table.SavedRow;
import org.botserver.application.table.TableChange;
import org.botserver.application.table.TableRow;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.table.ColumnName;
import org.botserver.domain.table.Comparison;
import org.botserver.domain.table.Condition;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;

/** The row writes that take more than one statement: insert, save by id, merge by key; inside the caller's transaction. */
final class TableRows {

    private TableRows() {
    }

    static TableRow insert(Connection c, TableShape shape, Map<ColumnName, Value> row) throws SQLException {
        if (row.isEmpty()) return new TableSql().append("insert into " + shape.name() + " default values returning *").rows(c).getFirst();
        TableSql sql = new TableSql().append("insert into " + shape.name() + " (");
        String comma = "";
        for (ColumnName column : row.keySet()) {
            sql.append(comma).column(column);
            comma = ", ";
        }
        sql.append(") values (");
        comma = "";
        for (Map.Entry<ColumnName, Value> cell : row.entrySet()) {
            sql.append(comma).parameter(shape.convert(cell.getKey(), cell.getValue()), shape.typeOf(cell.getKey()));
            comma = ", ";
        }
        return sql.append(") returning *").rows(c).getFirst();
    }

    /** {@code update <table> set "a" = ?, ...} for the changes (the table has their columns). */
    static TableSql set(TableShape shape, Map<ColumnName, Value> changes) {
        TableSql sql = new TableSql().append("update " + shape.name() + " set ");
        String comma = "";
        for (Map.Entry<ColumnName, Value> cell : changes.entrySet()) {
            sql.append(comma).column(cell.getKey()).append(" = ").parameter(shape.convert(cell.getKey(), cell.getValue()), shape.typeOf(cell.getKey()));
            comma = ", ";
        }
        return sql;
    }

    static SavedRow save(Connection c, String schema, TableName table, Map<ColumnName, Value> values) throws SQLException {
        Map<ColumnName, Value> row = new LinkedHashMap<>(values);
        Value id = row.remove(ColumnName.ID);
        TableShape shape = TableShape.ensure(c, schema, table, row);
        if (id == null || id == NullValue.NULL) return new SavedRow(TableChange.Kind.INSERT, insert(c, shape, row));
        TableFilter byId = new TableFilter(List.of(new Condition(ColumnName.ID, Comparison.EQUALS, asWritten(id))));
        List<TableRow> updated = (row.isEmpty() ? new TableSql().append("select * from " + shape.name()) : set(shape, row))
                .where(byId, shape).append(row.isEmpty() ? "" : " returning *").rows(c);
        if (!updated.isEmpty()) return new SavedRow(TableChange.Kind.UPDATE, updated.getFirst());
        Map<ColumnName, Value> withId = new LinkedHashMap<>();
        withId.put(ColumnName.ID, shape.convert(ColumnName.ID, id));
        withId.putAll(row);
        TableRow inserted = insert(c, shape, withId);
        // The row took its number from the dialog, so the table's own numbering must move past it.
        try (PreparedStatement s = c.prepareStatement("select setval(pg_get_serial_sequence(?, 'id'), (select max(\"id\") from " + shape.name() + "))")) {
            s.setString(1, shape.name());
            s.execute();
        }
        return new SavedRow(TableChange.Kind.INSERT, inserted);
    }

    static List<SavedRow> merge(Connection c, String schema, TableName table, ColumnName key, List<Map<ColumnName, Value>> rows) throws SQLException {
        // A new column takes its type from the first row giving it a value.
        Map<ColumnName, Value> sample = new LinkedHashMap<>();
        rows.forEach(r -> r.forEach((column, value) -> sample.merge(column, value, (old, next) -> old == NullValue.NULL ? next : old)));
        TableShape shape = TableShape.ensure(c, schema, table, sample);
        List<SavedRow> saved = new ArrayList<>();
        for (Map<ColumnName, Value> row : rows) {
            TableFilter byKey = new TableFilter(List.of(new Condition(key, Comparison.EQUALS, asWritten(row.get(key)))));
            TableSql changed = set(shape, row).where(byKey, shape).append(" and (");
            String or = "";
            for (Map.Entry<ColumnName, Value> cell : row.entrySet()) {
                changed.append(or).column(cell.getKey()).append(" is distinct from ").parameter(shape.convert(cell.getKey(), cell.getValue()), shape.typeOf(cell.getKey()));
                or = " or ";
            }
            List<TableRow> updated = changed.append(") returning *").rows(c);
            updated.forEach(r -> saved.add(new SavedRow(TableChange.Kind.UPDATE, r)));
            if (updated.isEmpty() && new TableSql().append("select * from " + shape.name()).where(byKey, shape).append(" limit 1").rows(c).isEmpty()) {
                saved.add(new SavedRow(TableChange.Kind.INSERT, insert(c, shape, row)));
            }
        }
        return saved;
    }

    /** A value as a filter would hold it: NULL, or its text, which the filter converts back to the column's type. */
    private static Value asWritten(Value value) {
        return value == NullValue.NULL ? value : Value.of(value.asText());
    }
}
