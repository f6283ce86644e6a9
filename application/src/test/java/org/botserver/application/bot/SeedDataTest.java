package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.botserver.application.table.InMemoryBotTables;
import org.botserver.application.table.SeedBotTablesService;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.DialogRetention;
import org.botserver.domain.bot.PackageLimits;
import org.botserver.domain.table.TableFilter;
import org.botserver.domain.table.TableName;
import org.junit.jupiter.api.Test;

/** Loading or updating a package seeds its tables from {@code .gbdata/*.csv}; an upload with a malformed one is refused. */
class SeedDataTest {

    private static final BotId SHOP = new BotId("shop");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final InMemoryObjectStore store = new InMemoryObjectStore();
    private final InMemoryBotTables tables = new InMemoryBotTables();
    private final RefreshBots refresh = new RefreshBotsService(store, new LoadedBots(), PackageLimits.defaults(),
            DialogRetention.defaults(), CLOCK, new SeedBotTablesService(tables));

    private int rows(String table) {
        return tables.find(SHOP, new TableName(table), TableFilter.ALL, 100).size();
    }

    @Test
    void a_loaded_package_seeds_the_tables_of_its_data_folder_only() {
        store.put("shop", "shop.gbdialog/start.bas", "TALK \"hi\"")
                .put("shop", "shop.gbdata/products.csv", "name,price\npen,1.5\nink,3\n")
                .put("shop", "shop.gbdata/old/archive.csv", "name\nx\n")
                .put("shop", "shop.gbot/other.csv", "name\nx\n");

        refresh.refresh();

        assertEquals(2, rows("products"));
        assertEquals(0, rows("archive"));
        assertEquals(0, rows("other"));
    }

    @Test
    void an_updated_package_seeds_a_new_table_and_leaves_filled_ones_alone() {
        store.put("shop", "shop.gbdialog/start.bas", "TALK \"hi\"").put("shop", "shop.gbdata/products.csv", "name\npen\n");
        refresh.refresh();
        store.put("shop", "shop.gbdata/products.csv", "name\npen\nink\n").put("shop", "shop.gbdata/stores.csv", "city\nRio\n");

        refresh.refresh();

        assertEquals(1, rows("products"));
        assertEquals(1, rows("stores"));
    }

    @Test
    void an_upload_with_a_malformed_seed_file_is_refused_before_it_is_stored() throws IOException {
        DeployBot deploy = new DeployBotService(store, refresh, new InspectBotService(new LoadedBots()), PackageLimits.defaults(), CLOCK);

        Deployment deployment = deploy.deploy(new DeployBotCommand(new ByteArrayInputStream(zip(
                "shop.gbai/shop.gbdialog/start.bas", "TALK \"hi\"", "shop.gbai/shop.gbdata/products.csv", "name,price\npen\n"))));

        assertEquals(List.of("shop.gbdata/products.csv row 2 has 1 fields, but the header names 2 columns."),
                assertInstanceOf(Deployment.Refused.class, deployment).problems());
        assertEquals(List.of(), store.list(SHOP));
    }

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
