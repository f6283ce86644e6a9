package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;
import org.junit.jupiter.api.Test;

/** What every {@link ObjectStore} adapter must do: upload, list, change detection, read and delete. */
public abstract class ObjectStoreContract {

    protected static final BotId SHOP = new BotId("shop");

    /** An empty store, fresh for each test. */
    protected abstract ObjectStore store();

    /** Overwrites one file in place, outside the port, as an operator editing storage would. */
    protected abstract void edit(BotId bot, String path, String content);

    protected static Map<PackagePath, byte[]> files(String... pathsAndTexts) {
        Map<PackagePath, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(new PackagePath(pathsAndTexts[i]), pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static List<String> paths(List<StoredObject> objects) {
        return objects.stream().map(o -> o.path().value()).toList();
    }

    private String fingerprint(ObjectStore store, BotId bot, String path) {
        return store.list(bot).stream().filter(o -> o.path().value().equals(path)).findFirst().orElseThrow().fingerprint();
    }

    @Test
    void an_empty_store_has_no_packages() {
        assertEquals(List.of(), store().packages());
        assertEquals(List.of(), store().list(SHOP));
    }

    @Test
    void uploaded_files_are_listed_in_path_order_with_their_sizes_and_read_back() {
        ObjectStore store = store();
        store.replace(SHOP, files("shop.gbot/config.csv", "bot-name,Shop", "shop.gbdialog/start.bas", "TALK \"Olá ✓\"",
                "shop.gbkb/faq/a b.md", "# FAQ"));

        List<StoredObject> listed = store.list(SHOP);
        assertEquals(List.of("shop.gbdialog/start.bas", "shop.gbkb/faq/a b.md", "shop.gbot/config.csv"), paths(listed));
        assertEquals("TALK \"Olá ✓\"".getBytes(StandardCharsets.UTF_8).length, listed.getFirst().size());
        assertArrayEquals("TALK \"Olá ✓\"".getBytes(StandardCharsets.UTF_8), store.read(SHOP, new PackagePath("shop.gbdialog/start.bas")));
    }

    @Test
    void packages_are_listed_by_bot_without_mixing_similar_names() {
        ObjectStore store = store();
        store.replace(new BotId("shop2"), files("shop2.gbdialog/start.bas", "TALK 2"));
        store.replace(SHOP, files("shop.gbdialog/start.bas", "TALK 1"));

        assertEquals(List.of(SHOP, new BotId("shop2")), store.packages());
        assertEquals(List.of("shop.gbdialog/start.bas"), paths(store.list(SHOP)));
    }

    @Test
    void replacing_a_package_removes_the_files_it_no_longer_has() {
        ObjectStore store = store();
        store.replace(SHOP, files("shop.gbdialog/start.bas", "TALK 1", "shop.gbdialog/old.bas", "TALK 0"));
        store.replace(SHOP, files("shop.gbdialog/start.bas", "TALK 2", "shop.gbdialog/new.bas", "TALK 3"));

        assertEquals(List.of("shop.gbdialog/new.bas", "shop.gbdialog/start.bas"), paths(store.list(SHOP)));
        assertArrayEquals("TALK 2".getBytes(StandardCharsets.UTF_8), store.read(SHOP, new PackagePath("shop.gbdialog/start.bas")));
    }

    @Test
    void an_edited_file_gets_a_new_fingerprint_and_the_others_keep_theirs() {
        ObjectStore store = store();
        store.replace(SHOP, files("shop.gbdialog/start.bas", "TALK 1", "shop.gbot/config.csv", "bot-name,Shop"));
        String start = fingerprint(store, SHOP, "shop.gbdialog/start.bas");
        String config = fingerprint(store, SHOP, "shop.gbot/config.csv");

        assertEquals(start, fingerprint(store, SHOP, "shop.gbdialog/start.bas"), "listing twice changes nothing");
        edit(SHOP, "shop.gbdialog/start.bas", "TALK \"changed\"");

        assertNotEquals(start, fingerprint(store, SHOP, "shop.gbdialog/start.bas"));
        assertEquals(config, fingerprint(store, SHOP, "shop.gbot/config.csv"));
    }

    @Test
    void deleting_a_package_removes_every_file_and_says_whether_there_was_one() {
        ObjectStore store = store();
        store.replace(SHOP, files("shop.gbdialog/start.bas", "TALK 1", "shop.gbkb/faq/a.md", "A"));

        assertTrue(store.delete(SHOP));
        assertEquals(List.of(), store.list(SHOP));
        assertEquals(List.of(), store.packages());
        assertFalse(store.delete(SHOP));
    }

    @Test
    void one_file_is_written_and_removed_without_touching_the_others() {
        ObjectStore store = store();
        store.replace(SHOP, files("shop.gbdialog/start.bas", "TALK 1", "shop.gbkb/faq/a.md", "A"));
        String start = fingerprint(store, SHOP, "shop.gbdialog/start.bas");

        store.write(SHOP, new PackagePath("shop.gbkb/faq/b.md"), "B".getBytes(StandardCharsets.UTF_8));
        store.write(SHOP, new PackagePath("shop.gbkb/faq/a.md"), "A2".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("shop.gbdialog/start.bas", "shop.gbkb/faq/a.md", "shop.gbkb/faq/b.md"), paths(store.list(SHOP)));
        assertArrayEquals("A2".getBytes(StandardCharsets.UTF_8), store.read(SHOP, new PackagePath("shop.gbkb/faq/a.md")));
        assertEquals(start, fingerprint(store, SHOP, "shop.gbdialog/start.bas"), "the other files are untouched");
        assertTrue(store.remove(SHOP, new PackagePath("shop.gbkb/faq/b.md")));
        assertFalse(store.remove(SHOP, new PackagePath("shop.gbkb/faq/b.md")), "a second removal finds nothing");
        assertEquals(List.of("shop.gbdialog/start.bas", "shop.gbkb/faq/a.md"), paths(store.list(SHOP)));
        assertEquals(List.of(SHOP), store.packages());
    }

    @Test
    void reading_a_missing_file_is_a_store_failure() {
        assertThrows(ObjectStoreException.class, () -> store().read(SHOP, new PackagePath("shop.gbdialog/none.bas")));
    }
}
