package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.DialogVersion;
import org.junit.jupiter.api.Test;

/** What every DialogVersionStore promises; each adapter's test extends this with its own store. */
public abstract class DialogVersionStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    protected abstract DialogVersionStore store();

    private final BotId bot = new BotId("bot-" + UUID.randomUUID().toString().substring(0, 8));

    private DialogVersion version(String dialog, String hash, String text) {
        return new DialogVersion(dialog, hash, new SourceFile(bot.value() + ".gbdialog/" + dialog + ".bas", text));
    }

    private List<StoredDialogVersion> mine(Instant cutoff) {
        return store().notLiveSince(cutoff).stream().filter(v -> v.bot().equals(bot)).toList();
    }

    @Test
    void a_kept_version_is_found_by_bot_dialog_and_version() {
        store().keepLive(bot, List.of(version("start", "aaaa1111aaaa1111", "TALK \"v1\""),
                version("faq", "bbbb2222bbbb2222", "TALK \"faq\"")), T0);

        assertEquals(Optional.of(new SourceFile(bot.value() + ".gbdialog/start.bas", "TALK \"v1\"")),
                store().find(bot, "start", "aaaa1111aaaa1111"));
        assertEquals(Optional.empty(), store().find(bot, "start", "bbbb2222bbbb2222"));
        assertEquals(Optional.empty(), store().find(new BotId("other-" + bot.value()), "start", "aaaa1111aaaa1111"));
    }

    @Test
    void keeping_a_version_again_notes_it_live_again_and_keeps_its_source() {
        store().keepLive(bot, List.of(version("start", "aaaa1111aaaa1111", "TALK \"v1\"")), T0);
        store().keepLive(bot, List.of(version("start", "cccc3333cccc3333", "TALK \"v2\"")), T0.plusSeconds(60));
        store().keepLive(bot, List.of(version("start", "cccc3333cccc3333", "TALK \"v2\"")), T0.plusSeconds(3600));

        assertEquals(List.of(new StoredDialogVersion(bot, "start", "aaaa1111aaaa1111")), mine(T0.plusSeconds(120)));
        assertEquals(List.of(new StoredDialogVersion(bot, "start", "aaaa1111aaaa1111"),
                new StoredDialogVersion(bot, "start", "cccc3333cccc3333")), mine(T0.plusSeconds(7200)));
    }

    @Test
    void a_version_is_forgotten_only_when_it_was_not_live_again_since_the_cutoff() {
        store().keepLive(bot, List.of(version("start", "aaaa1111aaaa1111", "TALK \"v1\"")), T0);
        StoredDialogVersion v1 = new StoredDialogVersion(bot, "start", "aaaa1111aaaa1111");
        store().keepLive(bot, List.of(version("start", "aaaa1111aaaa1111", "TALK \"v1\"")), T0.plusSeconds(600));

        assertFalse(store().forget(v1, T0.plusSeconds(300)), "noted live after the cutoff");
        assertTrue(store().find(bot, "start", "aaaa1111aaaa1111").isPresent());
        assertTrue(store().forget(v1, T0.plusSeconds(900)));
        assertTrue(store().find(bot, "start", "aaaa1111aaaa1111").isEmpty());
        assertFalse(store().forget(v1, T0.plusSeconds(900)), "already gone");
    }

    @Test
    void a_source_with_any_text_is_kept_as_written() {
        String text = "' naïve — ünïcødé\nTALK \"tab\there\"\r\nTALK \"\\\"\"\n";
        store().keepLive(bot, List.of(version("start", "dddd4444dddd4444", text)), T0);

        assertEquals(text, store().find(bot, "start", "dddd4444dddd4444").orElseThrow().text());
    }
}
