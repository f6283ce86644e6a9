package org.botserver.adapter.out.storage.filesystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBotPackageSourceTest {

    @TempDir
    Path bots;

    private void write(String relative, String text) throws IOException {
        Path file = bots.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void every_gbai_folder_with_a_valid_name_is_a_bot_listed_in_order() throws IOException {
        write("zeta.gbai/zeta.gbdialog/start.bas", "TALK 1");
        write("hello.gbai/hello.gbdialog/start.bas", "TALK 2");
        write("Bad Name.gbai/x.gbdialog/start.bas", "TALK 3");
        write("notes.txt", "not a bot");
        Files.createDirectories(bots.resolve("other-folder"));

        assertEquals(List.of(new BotId("hello"), new BotId("zeta")), new FileSystemBotPackageSource(bots).list());
    }

    @Test
    void a_package_holds_the_bas_files_of_its_dialog_folder_as_utf8_text() throws IOException {
        write("hello.gbai/hello.gbdialog/start.bas", "TALK \"Olá, ✓\"");
        write("hello.gbai/hello.gbdialog/ask-name.bas", "HEAR name");
        write("hello.gbai/hello.gbdialog/readme.md", "ignored");

        BotPackage hello = new FileSystemBotPackageSource(bots).read(new BotId("hello"));

        assertEquals(new BotId("hello"), hello.id());
        assertEquals("hello", hello.name());
        assertEquals(List.of(new SourceFile("hello.gbdialog/ask-name.bas", "HEAR name"),
                new SourceFile("hello.gbdialog/start.bas", "TALK \"Olá, ✓\"")), hello.dialogs());
    }

    @Test
    void a_package_without_a_dialog_folder_has_no_dialogs() throws IOException {
        Files.createDirectories(bots.resolve("empty.gbai"));

        assertTrue(new FileSystemBotPackageSource(bots).read(new BotId("empty")).dialogs().isEmpty());
    }

    @Test
    void a_missing_bots_folder_means_no_bots() {
        assertEquals(List.of(), new FileSystemBotPackageSource(bots.resolve("absent")).list());
    }
}
