package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.botserver.application.table.InMemoryBotTables;
import org.botserver.application.table.TableException;
import org.botserver.application.table.TableRow;
import org.botserver.application.table.UnknownTableException;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.table.ColumnName;
import org.botserver.domain.table.TableName;
import org.junit.jupiter.api.Test;

/** An operator reads a bot's table with FIND's filter and cap; unknown bots, tables and bad filters are refused. */
class ReadingABotTableTest {

    private static final BotId SHOP = new BotId("shop");
    private static final TableName ORDERS = new TableName("orders");
    private final InMemoryBotTables tables = new InMemoryBotTables();
    private final ReadBotTable read = new ReadBotTableService(TestBots.catalog(TestBots.bot("shop", TestBots.HELLO)), tables, 2);

    ReadingABotTableTest() {
        tables.insert(SHOP, ORDERS, Map.of(new ColumnName("item"), new TextValue("pen")));
        tables.insert(SHOP, ORDERS, Map.of(new ColumnName("item"), new TextValue("ink")));
        tables.insert(SHOP, ORDERS, Map.of(new ColumnName("item"), new TextValue("pad")));
    }

    @Test
    void the_filter_selects_rows_in_id_order() {
        List<TableRow> rows = read.read(ReadTableQuery.of("shop", "Orders", "item LIKE 'p%'", null));

        assertEquals(List.of(NumberValue.of(1), NumberValue.of(3)), rows.stream().map(TableRow::id).toList());
    }

    @Test
    void no_read_gives_more_rows_than_find_may() {
        assertEquals(2, read.read(ReadTableQuery.of("shop", "orders", null, 2)).size());
        assertThrows(TableException.class, () -> read.read(ReadTableQuery.of("shop", "orders", null, 3)));
        assertThrows(TableException.class, () -> ReadTableQuery.of("shop", "orders", null, 0));
    }

    @Test
    void an_unknown_bot_or_table_is_not_found() {
        assertThrows(UnknownBotException.class, () -> read.read(ReadTableQuery.of("nobody", "orders", null, null)));
        assertThrows(UnknownBotException.class, () -> ReadTableQuery.of("Not A Bot!", "orders", null, null));
        UnknownTableException missing = assertThrows(UnknownTableException.class,
                () -> read.read(ReadTableQuery.of("shop", "invoices", null, null)));
        assertEquals("The bot 'shop' has no table 'invoices'.", missing.getMessage());
    }

    @Test
    void a_filter_find_would_refuse_is_an_invalid_request() {
        assertThrows(TableException.class, () -> ReadTableQuery.of("shop", "orders", "item = 'pen' OR 1 = 1", null));
        assertThrows(TableException.class, () -> read.read(ReadTableQuery.of("shop", "orders", "colour = red", null)));
        assertThrows(TableException.class, () -> ReadTableQuery.of("shop", "orders; drop", null, null));
    }
}
