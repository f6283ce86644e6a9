package org.botserver.domain.bot;

import static org.botserver.domain.bot.Packages.Clock.minutes;
import static org.botserver.domain.bot.Packages.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.botserver.domain.basic.Program;
import org.junit.jupiter.api.Test;

class BotRevisionTest {

    private static final DialogRetention KEEP = new DialogRetention(Duration.ofMinutes(30), 2);

    private final Bot first = Packages.loaded(shop("start", "TALK \"v1\"", "faq", "TALK \"faq\""));

    private static Program dialog(Bot bot, String name) {
        return bot.dialogs().find(name).orElseThrow();
    }

    @Test
    void only_the_dialogs_whose_source_changed_are_compiled_again() {
        Bot next = first.revise(shop("start", "TALK \"v2\"", "faq", "TALK \"faq\""), minutes(1), KEEP);

        assertSame(dialog(first, "faq"), dialog(next, "faq"));
        assertNotEquals(dialog(first, "start").version(), dialog(next, "start").version());
        assertNotEquals(first.version(), next.version());
    }

    @Test
    void a_dialog_that_no_longer_compiles_keeps_its_last_good_version_live_and_reports_why() {
        Bot next = first.revise(shop("start", "IF THEN", "faq", "TALK \"faq\""), minutes(1), KEEP);

        assertSame(dialog(first, "start"), dialog(next, "start"));
        assertEquals("shop.gbdialog/start.bas does not compile; its last good version stays live.", next.problems().getFirst());
        assertTrue(next.problems().get(1).startsWith("shop.gbdialog/start.bas:1:"), next.problems().toString());
    }

    @Test
    void fixing_the_dialog_makes_the_fix_live_and_clears_the_problem() {
        Bot broken = first.revise(shop("start", "IF THEN", "faq", "TALK \"faq\""), minutes(1), KEEP);
        Bot fixed = broken.revise(shop("start", "TALK \"v3\"", "faq", "TALK \"faq\""), minutes(2), KEEP);

        assertEquals(List.of(), fixed.problems());
        assertNotEquals(dialog(first, "start").version(), dialog(fixed, "start").version());
    }

    @Test
    void a_replaced_version_stays_findable_by_its_version_for_waiting_conversations() {
        String oldVersion = dialog(first, "start").version();
        Bot next = first.revise(shop("start", "TALK \"v2\"", "faq", "TALK \"faq\""), minutes(1), KEEP);

        assertEquals(Optional.of(dialog(first, "start")), next.dialogs().find("start", oldVersion));
        assertNotEquals(oldVersion, next.startDialog().version());
        assertEquals(1, next.keptOldVersions());
    }

    @Test
    void old_versions_go_once_the_retention_has_passed_or_too_many_pile_up() {
        String v1 = dialog(first, "start").version();
        Bot v2 = first.revise(shop("start", "TALK 2", "faq", "TALK \"faq\""), minutes(1), KEEP);
        Bot v3 = v2.revise(shop("start", "TALK 3", "faq", "TALK \"faq\""), minutes(2), KEEP);
        Bot v4 = v3.revise(shop("start", "TALK 4", "faq", "TALK \"faq\""), minutes(3), KEEP);

        assertEquals(Optional.empty(), v4.dialogs().find("start", v1), "only two old versions are kept");
        assertEquals(2, v4.keptOldVersions());
        Bot later = v4.revise(shop("start", "TALK 4", "faq", "TALK \"faq\""), minutes(40), KEEP);
        assertEquals(0, later.keptOldVersions());
    }

    @Test
    void a_removed_dialog_is_no_longer_live_but_kept_for_those_waiting_in_it() {
        String faq = dialog(first, "faq").version();
        Bot next = first.revise(shop("start", "TALK \"v1\""), minutes(1), KEEP);

        assertEquals(Set.of("start"), next.dialogNames());
        assertTrue(next.dialogs().find("faq", faq).isPresent());
    }

    @Test
    void a_package_that_loses_its_start_dialog_keeps_greeting_with_the_last_one() {
        Bot next = first.revise(shop("faq", "TALK \"faq\""), minutes(1), KEEP);

        assertSame(dialog(first, "start"), next.startDialog());
    }
}
