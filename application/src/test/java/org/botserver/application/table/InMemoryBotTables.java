package org.botserver.application.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.table.ColumnName;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;

/** Bot tables in memory, keeping the {@link BotTablesContract}; for the application's tests. */
public class InMemoryBotTables implements BotTables {

    private final Map<String, InMemoryTable> tables = new ConcurrentHashMap<>();

    private InMemoryTable table(BotId bot, TableName table) {
        return tables.computeIfAbsent(bot + "/" + table, key -> new InMemoryTable(table));
    }

    private List<TableRow> existing(BotId bot, TableName table, java.util.function.Function<InMemoryTable, List<TableRow>> read) {
        InMemoryTable found = tables.get(bot + "/" + table);
        return found == null ? List.of() : read.apply(found);
    }

    @Override
    public synchronized boolean exists(BotId bot, TableName table) {
        return tables.containsKey(bot + "/" + table);
    }

    @Override
    public synchronized List<TableRow> find(BotId bot, TableName table, TableFilter filter, int limit) {
        return existing(bot, table, t -> t.select(filter).stream().limit(limit).toList());
    }

    @Override
    public synchronized TableRow insert(BotId bot, TableName table, Map<ColumnName, Value> values) {
        Map<ColumnName, Value> without = new LinkedHashMap<>(values);
        without.remove(ColumnName.ID);
        return table(bot, table).insert(without);
    }

    @Override
    public synchronized SavedRow save(BotId bot, TableName table, Map<ColumnName, Value> values) {
        InMemoryTable t = table(bot, table);
        Value id = values.get(ColumnName.ID);
        if (id != null) {
            List<TableRow> updated = t.update(TableFilter.parse("id = " + id.asText()), values);
            if (!updated.isEmpty()) return new SavedRow(TableChange.Kind.UPDATE, updated.getFirst());
        }
        return new SavedRow(TableChange.Kind.INSERT, t.insert(values));
    }

    @Override
    public synchronized List<TableRow> update(BotId bot, TableName table, TableFilter filter, Map<ColumnName, Value> changes) {
        return existing(bot, table, t -> t.update(filter, changes));
    }

    @Override
    public synchronized List<TableRow> delete(BotId bot, TableName table, TableFilter filter) {
        return existing(bot, table, t -> t.delete(filter));
    }

    @Override
    public synchronized List<SavedRow> merge(BotId bot, TableName table, ColumnName key, List<Map<ColumnName, Value>> rows) {
        InMemoryTable t = table(bot, table);
        InMemoryTable copy = t.copy();
        List<SavedRow> saved = new ArrayList<>();
        try {
            for (Map<ColumnName, Value> row : rows) {
                Value keyValue = Objects.requireNonNull(row.get(key), "key");
                List<TableRow> matching = t.selectEqual(key, keyValue);
                if (matching.isEmpty()) {
                    saved.add(new SavedRow(TableChange.Kind.INSERT, t.insert(row)));
                } else {
                    t.updateChanged(key, keyValue, row).forEach(r -> saved.add(new SavedRow(TableChange.Kind.UPDATE, r)));
                }
            }
        } catch (RuntimeException e) {
            tables.put(bot + "/" + table, copy);
            throw e;
        }
        return saved;
    }

    @Override
    public synchronized int seed(BotId bot, TableName table, List<ColumnName> columns, List<Map<ColumnName, Value>> rows) {
        InMemoryTable t = table(bot, table);
        if (!t.select(TableFilter.ALL).isEmpty()) return 0;
        t.addColumns(columns, rows);
        rows.forEach(t::insert);
        return rows.size();
    }
}
