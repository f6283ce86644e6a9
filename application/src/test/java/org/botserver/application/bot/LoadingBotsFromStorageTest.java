package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.botserver.application.bot.RefreshReport.Change;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

class LoadingBotsFromStorageTest {

    private final BotsFixture fixture = new BotsFixture();

    @Test
    void every_package_in_storage_becomes_a_bot_with_its_dialogs_config_and_collections() {
        fixture.store.put("hello", "hello.gbdialog/start.bas", TestBots.HELLO)
                .put("hello", "hello.gbdialog/bye.bas", "TALK \"Bye\"")
                .put("hello", "hello.gbot/config.csv", "name,value\nbot-name,Hello Bot\n")
                .put("hello", "hello.gbkb/faq/prices.md", "# Prices");

        assertEquals(Map.of("hello", Change.LOADED), fixture.refresh.refresh().changed());
        assertEquals(Set.of("start", "bye"), fixture.bot("hello").dialogNames());
        assertEquals("Hello Bot", fixture.bot("hello").name());
        assertEquals(List.of("faq"), fixture.details("hello").knowledgeCollections());
    }

    @Test
    void a_broken_package_is_refused_and_the_others_still_load() {
        fixture.store.put("good", "good.gbdialog/start.bas", "TALK 1")
                .put("bad", "bad.gbdialog/start.bas", "IF THEN");

        assertEquals(Map.of("good", Change.LOADED, "bad", Change.REFUSED), fixture.refresh.refresh().changed());
        assertEquals(List.of(new BotId("good")), fixture.bots.all().stream().map(b -> b.id()).toList());
        BotDetails bad = fixture.details("bad");
        assertFalse(bad.running());
        assertTrue(bad.problems().get(1).startsWith("bad.gbdialog/start.bas:1:"), bad.problems().toString());
    }

    @Test
    void a_package_breaking_the_folder_rules_in_storage_is_refused_with_the_rule() {
        fixture.store.put("shop", "shop.gbdialog/start.bas", "TALK 1").put("shop", "other.gbkb/a.md", "A");

        fixture.refresh.refresh();

        assertEquals(List.of("Version " + fixture.details("shop").version() + " in storage was not loaded.",
                "other.gbkb does not match the bot: in shop.gbai it must be shop.gbkb."), fixture.details("shop").problems());
    }

    @Test
    void a_second_refresh_without_changes_changes_nothing() {
        fixture.store.put("hello", "hello.gbdialog/start.bas", TestBots.HELLO);
        fixture.refresh.refresh();
        var loaded = fixture.bot("hello");

        assertEquals(Map.of(), fixture.refresh.refresh().changed());
        assertTrue(loaded == fixture.bot("hello"));
    }

    @Test
    void an_unreachable_store_fails_the_refresh_so_the_poller_backs_off() {
        fixture.store.down(true);

        assertThrows(ObjectStoreException.class, fixture.refresh::refresh);
    }
}
