package org.botserver.specs.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bot package is found by its path and must be named after the bot, as the server names bots. */
class BotPackageFolderTest {

    @TempDir
    Path bots;

    @Test
    void a_folder_named_after_the_bot_is_its_package() throws IOException {
        Path folder = Files.createDirectory(bots.resolve("faq.gbai"));

        assertEquals(new BotPackageFolder("faq", folder), BotPackageFolder.of("faq", folder.toString()));
    }

    @Test
    void a_missing_folder_is_refused_with_where_it_was_looked_for() {
        TargetRefusal refusal = assertThrows(TargetRefusal.class,
                () -> BotPackageFolder.of("faq", bots.resolve("faq.gbai").toString()));

        assertTrue(refusal.getMessage().startsWith("There is no bot package folder at " + bots.resolve("faq.gbai")),
                refusal.getMessage());
    }

    @Test
    void a_folder_named_after_another_bot_is_refused() throws IOException {
        Path folder = Files.createDirectory(bots.resolve("support.gbai"));

        TargetRefusal refusal = assertThrows(TargetRefusal.class, () -> BotPackageFolder.of("faq", folder.toString()));

        assertEquals("The package folder of the bot \"faq\" must be named faq.gbai, not support.gbai: a server names "
                + "each bot after its package folder.", refusal.getMessage());
    }
}
