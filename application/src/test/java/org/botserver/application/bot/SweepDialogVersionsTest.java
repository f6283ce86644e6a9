package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.TurnResult;
import org.botserver.application.mail.MovableClock;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.ConversationStatus;
import org.junit.jupiter.api.Test;

/**
 * The sweep deletes a kept dialog version only when it is not live, has not been live for the grace period, and no
 * unended conversation waits in it.
 */
class SweepDialogVersionsTest {

    private static final Duration GRACE = Duration.ofHours(1);
    private static final String V3 = "TALK \"Hello from v3\"\nHEAR name\nTALK \"v3 says bye, \" + name\n";

    private final InMemoryObjectStore packages = new InMemoryObjectStore()
            .put("shop", "shop.gbdialog/start.bas", DurableDialogVersionsTest.V1);
    private final InMemoryDialogVersionStore versions = new InMemoryDialogVersionStore();
    private final InMemoryConversationStore conversations = new InMemoryConversationStore();
    private final List<TurnResult> started = new ArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final ServerOnSharedStores server = new ServerOnSharedStores(packages, new DialogVersions(versions),
            conversations, clock);
    private final SuspendedDialogs suspended = (bot, each) -> started.forEach(turn -> conversations
            .find(turn.conversationId()).filter(c -> c.botId().equals(bot) && c.status() != ConversationStatus.ENDED)
            .ifPresent(c -> each.accept(c.dialogState())));
    private final SweepDialogVersions sweep = new SweepDialogVersionsService(versions, suspended, server.bots, clock, GRACE);

    private String liveVersion() {
        return server.bots.find(new BotId("shop")).orElseThrow().startDialog().version();
    }

    private boolean kept(String version) {
        return versions.find(new BotId("shop"), "start", version).isPresent();
    }

    private void change(String source) {
        packages.put("shop", "shop.gbdialog/start.bas", source);
        server.refresh.refresh();
    }

    @Test
    void a_version_a_conversation_waits_in_is_kept_and_an_unreferenced_one_is_dropped() {
        String v1 = liveVersion();
        started.add(server.start("shop"));
        change(DurableDialogVersionsTest.V2);
        String v2 = liveVersion();
        change(V3);
        String v3 = liveVersion();
        clock.advance(GRACE.plusMinutes(1));

        assertEquals(1, sweep.sweep());

        assertTrue(kept(v1), "the waiting conversation's version");
        assertTrue(!kept(v2), "nobody waits in v2");
        assertTrue(kept(v3), "the live version");
    }

    @Test
    void once_the_conversation_has_finished_its_version_goes_at_the_next_sweep() {
        String v1 = liveVersion();
        TurnResult waiting = server.start("shop");
        started.add(waiting);
        change(DurableDialogVersionsTest.V2);
        clock.advance(GRACE.plusMinutes(1));
        assertEquals(0, sweep.sweep());

        server.answer(waiting, "Ana");
        assertEquals(1, sweep.sweep());

        assertTrue(!kept(v1));
        assertTrue(kept(liveVersion()));
    }

    @Test
    void a_version_replaced_within_the_grace_period_is_kept_for_conversations_starting_on_it_elsewhere() {
        String v1 = liveVersion();
        change(DurableDialogVersionsTest.V2);
        clock.advance(GRACE.minusMinutes(1));

        assertEquals(0, sweep.sweep());
        assertTrue(kept(v1));
    }

    @Test
    void a_live_version_unchanged_for_longer_than_the_grace_period_is_kept() {
        String v1 = liveVersion();
        clock.advance(Duration.ofDays(90));

        assertEquals(0, sweep.sweep());
        assertTrue(kept(v1));
    }
}
