package org.botserver.adapter.out.storage.filesystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.botserver.application.bot.ObjectStore;
import org.botserver.application.bot.ObjectStoreContract;
import org.botserver.application.bot.ObjectStoreException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder adapter: the port's contract, plus links never followed and folders that are not packages skipped. */
class FileSystemObjectStoreTest extends ObjectStoreContract {

    @TempDir
    Path root;

    @Override
    protected ObjectStore store() {
        return new FileSystemObjectStore(root);
    }

    @Override
    protected void edit(BotId bot, String path, String content) {
        try {
            Files.writeString(root.resolve(bot.value() + ".gbai").resolve(path), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void symbolic_links_inside_a_package_are_not_followed() throws IOException {
        Path secret = Files.writeString(root.resolve("secret.txt"), "top secret");
        store().replace(SHOP, files("shop.gbdialog/start.bas", "TALK 1"));
        Files.createSymbolicLink(root.resolve("shop.gbai/shop.gbdialog/secret.bas"), secret);
        Files.createSymbolicLink(root.resolve("shop.gbai/shop.gbkb"), root);

        assertEquals(List.of("shop.gbdialog/start.bas"), store().list(SHOP).stream().map(o -> o.path().value()).toList());
    }

    @Test
    void only_folders_named_like_a_bot_package_are_packages() throws IOException {
        Files.createDirectories(root.resolve("notes"));
        Files.createDirectories(root.resolve("Bad Name.gbai"));
        Files.createDirectories(root.resolve("hello.gbai"));

        assertEquals(List.of(new BotId("hello")), store().packages());
    }

    @Test
    void a_missing_bots_folder_has_no_packages() {
        assertEquals(List.of(), new FileSystemObjectStore(root.resolve("absent")).packages());
    }

    @Test
    void replacing_leaves_no_staging_folders_behind() throws IOException {
        store().replace(SHOP, files("shop.gbdialog/start.bas", "TALK 1"));
        store().replace(SHOP, files("shop.gbdialog/start.bas", "TALK 2"));

        try (var entries = Files.list(root)) {
            assertEquals(List.of("shop.gbai"), entries.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void a_deploy_failing_part_way_leaves_the_live_package_untouched_and_no_staging_folder() throws IOException {
        store().replace(SHOP, files("shop.gbdialog/start.bas", "TALK 1", "shop.gbkb/faq/a.md", "A"));
        var before = store().list(SHOP);

        // The second file needs a folder where the first one is a file: the write fails after the first.
        var broken = files("shop.gbdialog/start.bas", "TALK 2", "shop.gbkb/faq", "not a folder", "shop.gbkb/faq/b.md", "B");
        assertThrows(ObjectStoreException.class, () -> store().replace(SHOP, broken));

        assertEquals(before, store().list(SHOP));
        assertEquals("TALK 1", new String(store().read(SHOP, new PackagePath("shop.gbdialog/start.bas")), StandardCharsets.UTF_8));
        try (var entries = Files.list(root)) {
            assertEquals(List.of("shop.gbai"), entries.map(p -> p.getFileName().toString()).toList());
        }
    }
}
