package org.botserver.domain.bot;

import static org.botserver.domain.bot.Packages.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.botserver.domain.basic.SourceFile;
import org.junit.jupiter.api.Test;

class BotLoadTest {

    @Test
    void a_package_whose_start_dialog_compiles_becomes_a_bot_with_its_dialogs_and_tools() {
        Bot bot = Packages.loaded(shop("start", "TALK \"hi\"",
                "order", "PARAM item AS STRING LIKE \"pen\" DESCRIPTION \"What to order\"\nDESCRIPTION \"Orders an item\"\nTALK item"));

        assertEquals(Set.of("start", "order"), bot.dialogNames());
        assertEquals(List.of("order"), bot.tools().stream().map(t -> t.name()).toList());
        assertEquals(List.of(), bot.problems());
    }

    @Test
    void a_package_without_a_start_dialog_is_refused() {
        BotLoad load = Bot.load(shop("faq", "TALK 1"), Packages.Clock.T0);

        assertEquals(List.of("The package has no shop.gbdialog/start.bas dialog."),
                assertInstanceOf(BotLoad.Rejected.class, load).problems());
    }

    @Test
    void a_start_dialog_that_does_not_compile_refuses_the_package_with_its_errors() {
        BotLoad load = Bot.load(shop("start", "IF x THEN\nTALK 1"), Packages.Clock.T0);

        List<String> problems = assertInstanceOf(BotLoad.Rejected.class, load).problems();
        assertTrue(problems.getFirst().startsWith("shop.gbdialog/start.bas:"), problems.toString());
    }

    @Test
    void a_broken_tool_leaves_the_bot_running_without_it_and_its_errors_are_the_bots_problems() {
        Bot bot = Packages.loaded(shop("start", "TALK 1", "broken", "FOR i = 1 TO"));

        assertEquals(Set.of("start"), bot.dialogNames());
        assertTrue(bot.problems().getFirst().startsWith("shop.gbdialog/broken.bas:1:"), bot.problems().toString());
    }

    @Test
    void the_name_comes_from_config_and_defaults_to_the_id() {
        BotConfig config = ConfigCsv.parse("config.csv", "bot-name,Shop Assistant").config();
        BotPackage named = new BotPackage(Packages.SHOP, "v1", List.of(new SourceFile("shop.gbdialog/start.bas", "TALK 1")),
                config, List.of("config.csv line 9: odd"), Optional.empty(), List.of("faq"));

        assertEquals("Shop Assistant", Packages.loaded(named).name());
        assertEquals("shop", Packages.loaded(shop("start", "TALK 1")).name());
        assertEquals(List.of("config.csv line 9: odd"), Packages.loaded(named).problems());
    }
}
