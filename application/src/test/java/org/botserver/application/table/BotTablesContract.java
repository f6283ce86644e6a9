package org.botserver.application.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.table.ColumnName;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;
import org.junit.jupiter.api.Test;

/** What every {@link BotTables} adapter does; each adapter's test extends this. Bots are named uniquely per test. */
public abstract class BotTablesContract {

    protected static final TableName ORDERS = new TableName("orders");

    protected abstract BotTables tables();

    protected static BotId freshBot() {
        return new BotId("b" + Long.toHexString(System.nanoTime()));
    }

    /** A row of alternating column names and values (Java values become BASIC ones). */
    protected static Map<ColumnName, Value> row(Object... namesAndValues) {
        Map<ColumnName, Value> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) row.put(new ColumnName((String) namesAndValues[i]), Value.of(namesAndValues[i + 1]));
        return row;
    }

    protected List<String> column(BotId bot, String filter, String column) {
        return tables().find(bot, ORDERS, TableFilter.parse(filter), 1000).stream().map(r -> r.values().get(column).asText()).toList();
    }

    @Test
    void a_table_is_created_by_its_first_insert_and_numbers_its_rows() {
        BotId bot = freshBot();
        TableRow first = tables().insert(bot, ORDERS, row("item", "pen", "qty", 2));
        TableRow second = tables().insert(bot, ORDERS, row("item", "ink", "qty", 1, "id", 99));

        assertEquals(List.of("id", "item", "qty"), List.copyOf(first.values().keySet()));
        assertEquals(NumberValue.of(1), first.id());
        assertEquals(NumberValue.of(2), second.id());
        assertEquals(List.of(first, second), tables().find(bot, ORDERS, TableFilter.ALL, 1000));
    }

    @Test
    void a_table_exists_from_its_first_write_on_even_when_its_rows_are_gone() {
        BotId bot = freshBot();
        assertFalse(tables().exists(bot, ORDERS));

        tables().insert(bot, ORDERS, row("item", "pen"));
        tables().delete(bot, ORDERS, TableFilter.parse("id > 0"));

        assertTrue(tables().exists(bot, ORDERS));
        assertFalse(tables().exists(freshBot(), ORDERS));
    }

    @Test
    void a_table_never_written_has_no_rows_and_nothing_to_change() {
        BotId bot = freshBot();

        assertEquals(List.of(), tables().find(bot, ORDERS, TableFilter.parse("item = pen"), 1000));
        assertEquals(List.of(), tables().update(bot, ORDERS, TableFilter.parse("item = pen"), row("qty", 1)));
        assertEquals(List.of(), tables().delete(bot, ORDERS, TableFilter.parse("item = pen")));
    }

    @Test
    void filters_compare_numbers_as_numbers_and_join_conditions_with_and() {
        BotId bot = freshBot();
        tables().insert(bot, ORDERS, row("item", "pen", "qty", 9));
        tables().insert(bot, ORDERS, row("item", "ink", "qty", 10));
        tables().insert(bot, ORDERS, row("item", "pad", "qty", 100));

        assertEquals(List.of("ink", "pad"), column(bot, "qty >= 10", "item"));
        assertEquals(List.of("pen"), column(bot, "qty < 10", "item"));
        assertEquals(List.of("pad"), column(bot, "qty > 9 AND item <> ink", "item"));
        assertEquals(List.of("pen", "pad"), column(bot, "item LIKE p%", "item"));
        assertEquals(List.of("ink"), column(bot, "id = 2", "item"));
    }

    @Test
    void a_column_a_row_never_had_reads_as_null_and_null_can_be_asked_for() {
        BotId bot = freshBot();
        tables().insert(bot, ORDERS, row("item", "pen"));
        tables().insert(bot, ORDERS, row("item", "ink", "note", "urgent"));

        List<TableRow> rows = tables().find(bot, ORDERS, TableFilter.ALL, 1000);
        assertEquals(NullValue.NULL, rows.get(0).values().get("note"));
        assertEquals(List.of("pen"), column(bot, "note = NULL", "item"));
        assertEquals(List.of("ink"), column(bot, "note <> NULL", "item"));
    }

    @Test
    void a_filter_naming_a_column_the_table_lacks_is_refused_naming_it() {
        BotId bot = freshBot();
        tables().insert(bot, ORDERS, row("item", "pen"));

        TableException refusal = assertThrows(TableException.class, () -> tables().find(bot, ORDERS, TableFilter.parse("itme = pen"), 1000));
        assertTrue(refusal.getMessage().contains("no column itme"), refusal.getMessage());
        assertThrows(TableException.class, () -> tables().delete(bot, ORDERS, TableFilter.parse("itme = pen")));
        assertEquals(1, tables().find(bot, ORDERS, TableFilter.ALL, 1000).size());
    }

    @Test
    void a_value_the_column_cannot_hold_is_refused_and_nothing_is_written() {
        BotId bot = freshBot();
        tables().insert(bot, ORDERS, row("item", "pen", "qty", 2));

        TableException refusal = assertThrows(TableException.class, () -> tables().insert(bot, ORDERS, row("item", "ink", "qty", "many")));
        assertTrue(refusal.getMessage().contains("qty holds numbers"), refusal.getMessage());
        assertThrows(TableException.class, () -> tables().find(bot, ORDERS, TableFilter.parse("qty > lots"), 1000));
        assertEquals(List.of("pen"), column(bot, "", "item"));
    }

    @Test
    void save_updates_the_row_its_id_names_and_inserts_otherwise() {
        BotId bot = freshBot();
        SavedRow inserted = tables().save(bot, ORDERS, row("item", "pen"));
        SavedRow updated = tables().save(bot, ORDERS, row("id", 1, "item", "pencil", "qty", "3"));

        assertEquals(TableChange.Kind.INSERT, inserted.kind());
        assertEquals(TableChange.Kind.UPDATE, updated.kind());
        assertEquals(new TextValue("pencil"), updated.row().values().get("item"));
        assertEquals(List.of("pencil"), column(bot, "", "item"));
        assertEquals(TableChange.Kind.INSERT, tables().save(bot, ORDERS, row("id", 40, "item", "ink")).kind());
        assertEquals(NumberValue.of(41), tables().insert(bot, ORDERS, row("item", "pad")).id());
    }

    @Test
    void update_and_delete_act_on_the_selected_rows_and_return_them() {
        BotId bot = freshBot();
        tables().insert(bot, ORDERS, row("item", "pen", "qty", 1));
        tables().insert(bot, ORDERS, row("item", "ink", "qty", 1));
        tables().insert(bot, ORDERS, row("item", "pad", "qty", 5));

        List<TableRow> updated = tables().update(bot, ORDERS, TableFilter.parse("qty = 1"), row("qty", 2, "status", "open"));
        assertEquals(List.of("pen", "ink"), updated.stream().map(r -> r.values().get("item").asText()).toList());
        assertEquals(new TextValue("open"), updated.getFirst().values().get("status"));
        List<TableRow> deleted = tables().delete(bot, ORDERS, TableFilter.parse("item = ink"));
        assertEquals(List.of("ink"), deleted.stream().map(r -> r.values().get("item").asText()).toList());
        assertEquals(List.of("pen", "pad"), column(bot, "", "item"));
    }

    @Test
    void find_returns_at_most_the_limit_in_id_order() {
        BotId bot = freshBot();
        for (int i = 1; i <= 5; i++) tables().insert(bot, ORDERS, row("n", i));

        assertEquals(List.of("1", "2", "3"), tables().find(bot, ORDERS, TableFilter.ALL, 3).stream().map(r -> r.values().get("n").asText()).toList());
    }

    @Test
    void merge_inserts_new_keys_updates_changed_rows_and_leaves_equal_ones_alone() {
        BotId bot = freshBot();
        tables().insert(bot, ORDERS, row("email", "ana@x.org", "name", "Ana"));
        tables().insert(bot, ORDERS, row("email", "bob@x.org", "name", "Bob"));

        List<SavedRow> saved = tables().merge(bot, ORDERS, new ColumnName("email"), List.of(
                row("email", "ana@x.org", "name", "Ana"), row("email", "bob@x.org", "name", "Robert"),
                row("email", "cy@x.org", "name", "Cy", "vip", true)));

        assertEquals(List.of(TableChange.Kind.UPDATE, TableChange.Kind.INSERT), saved.stream().map(SavedRow::kind).toList());
        assertEquals(List.of("Ana", "Robert", "Cy"), column(bot, "", "name"));
        assertEquals(List.of("Cy"), column(bot, "vip = true", "name"));
    }

    @Test
    void one_bot_never_sees_or_changes_another_bots_table_of_the_same_name() {
        BotId a = freshBot(), b = freshBot();
        tables().insert(a, ORDERS, row("item", "pen"));
        tables().insert(b, ORDERS, row("item", "ink", "qty", 1));

        assertEquals(List.of("pen"), column(a, "", "item"));
        assertEquals(List.of(), tables().delete(b, ORDERS, TableFilter.parse("item = pen")));
        assertEquals(List.of("pen"), column(a, "", "item"));
        assertThrows(TableException.class, () -> tables().find(a, ORDERS, TableFilter.parse("qty = 1"), 1000));
    }

    @Test
    void seeding_fills_a_new_or_empty_table_only() {
        BotId bot = freshBot();
        List<ColumnName> columns = List.of(new ColumnName("item"), new ColumnName("price"));
        List<Map<ColumnName, Value>> rows = List.of(row("item", "pen", "price", new BigDecimal("1.50")), row("item", "ink", "price", NullValue.NULL));

        assertEquals(2, tables().seed(bot, ORDERS, columns, rows));
        assertEquals(0, tables().seed(bot, ORDERS, columns, rows));
        assertEquals(List.of("1.5", ""), column(bot, "", "price"));
        assertEquals(List.of("ink"), column(bot, "price = NULL", "item"));
    }
}
