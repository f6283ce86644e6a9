package org.botserver.application.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;
import org.junit.jupiter.api.Test;

/** A package's CSV files seed their tables once, and one bad file does not stop the others. */
class SeedBotTablesServiceTest {

    private static final BotId SHOP = new BotId("shop");

    private final InMemoryBotTables tables = new InMemoryBotTables();
    private final SeedBotTables seeds = new SeedBotTablesService(tables);

    private int rows(String table) {
        return tables.find(SHOP, new TableName(table), TableFilter.ALL, 100).size();
    }

    @Test
    void each_file_seeds_the_table_it_names_once() {
        Map<String, String> files = Map.of("shop.gbdata/products.csv", "name,price\npen,1.50\nink,3\n");

        assertEquals(List.of(), seeds.seed(SHOP, files));
        assertEquals(List.of(), seeds.seed(SHOP, files));
        assertEquals(2, rows("products"));
        assertEquals(1, tables.find(SHOP, new TableName("products"), TableFilter.parse("price > 2"), 10).size());
    }

    @Test
    void a_malformed_file_is_reported_and_the_others_are_still_seeded() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("shop.gbdata/bad.csv", "name,price\npen\n");
        files.put("shop.gbdata/good.csv", "name\nAna\n");

        assertEquals(List.of("shop.gbdata/bad.csv row 2 has 1 fields, but the header names 2 columns."), seeds.seed(SHOP, files));
        assertEquals(0, rows("bad"));
        assertEquals(1, rows("good"));
    }
}
