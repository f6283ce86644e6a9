package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.botserver.application.bot.RefreshReport.Change;
import org.botserver.domain.bot.ConfigKey;
import org.junit.jupiter.api.Test;

class HotReloadTest {

    private final BotsFixture fixture = new BotsFixture();

    HotReloadTest() {
        fixture.store.put("shop", "shop.gbdialog/start.bas", "TALK \"v1\"")
                .put("shop", "shop.gbdialog/faq.bas", "TALK \"faq\"")
                .put("shop", "shop.gbot/config.csv", "welcome-message,Hi");
        fixture.refresh.refresh();
    }

    @Test
    void an_edited_dialog_goes_live_at_the_next_refresh_and_the_others_are_not_recompiled() {
        var before = fixture.bot("shop");
        fixture.store.put("shop", "shop.gbdialog/start.bas", "TALK \"v2\"");

        assertEquals(Map.of("shop", Change.UPDATED), fixture.refresh.refresh().changed());
        var after = fixture.bot("shop");
        assertNotEquals(before.startDialog().version(), after.startDialog().version());
        assertSame(before.dialogs().find("faq").orElseThrow(), after.dialogs().find("faq").orElseThrow());
        assertNotEquals(before.version(), fixture.details("shop").version());
    }

    @Test
    void an_edited_config_value_is_read_at_the_next_refresh() {
        fixture.store.put("shop", "shop.gbot/config.csv", "welcome-message,Hello again");
        fixture.refresh.refresh();

        assertEquals("Hello again", fixture.bot("shop").config().text(ConfigKey.WELCOME_MESSAGE).orElseThrow());
    }

    @Test
    void a_dialog_that_stops_compiling_keeps_the_last_good_version_and_shows_its_errors() {
        var good = fixture.bot("shop").startDialog();
        fixture.store.put("shop", "shop.gbdialog/start.bas", "IF THEN");
        fixture.refresh.refresh();

        assertSame(good, fixture.bot("shop").startDialog());
        List<String> problems = fixture.details("shop").problems();
        assertEquals("shop.gbdialog/start.bas does not compile; its last good version stays live.", problems.getFirst());
        assertTrue(problems.get(1).startsWith("shop.gbdialog/start.bas:1:"), problems.toString());
    }

    @Test
    void a_waiting_conversations_version_is_still_found_after_the_change() {
        String v1 = fixture.bot("shop").startDialog().version();
        fixture.store.put("shop", "shop.gbdialog/start.bas", "TALK \"v2\"");
        fixture.refresh.refresh();

        assertTrue(fixture.bot("shop").dialogs().find("start", v1).isPresent());
    }

    @Test
    void a_package_removed_from_storage_is_no_longer_served() {
        fixture.store.delete(new org.botserver.domain.bot.BotId("shop"));

        assertEquals(Map.of("shop", Change.REMOVED), fixture.refresh.refresh().changed());
        assertEquals(List.of(), fixture.bots.all());
    }

    @Test
    void a_file_that_cannot_be_read_now_is_tried_again_at_the_next_refresh() {
        fixture.store.put("shop", "shop.gbdialog/start.bas", "TALK \"v2\"");
        fixture.store.down(true);
        assertEquals(Change.UNREADABLE, fixture.refresh.refresh(new org.botserver.domain.bot.BotId("shop")));
        fixture.store.down(false);

        assertEquals(Map.of("shop", Change.UPDATED), fixture.refresh.refresh().changed());
    }
}
