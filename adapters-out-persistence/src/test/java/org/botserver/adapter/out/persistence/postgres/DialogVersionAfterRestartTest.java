package org.botserver.adapter.out.persistence.postgres;

import static org.botserver.application.bot.ServerOnSharedStores.said;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.botserver.application.bot.DialogVersions;
import org.botserver.application.bot.InMemoryObjectStore;
import org.botserver.application.bot.ServerOnSharedStores;
import org.botserver.application.bot.SweepDialogVersionsService;
import org.botserver.application.conversation.TurnResult;
import org.botserver.application.mail.MovableClock;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.ConversationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A conversation waiting in HEAR on start.bas v1 finishes on v1 after start.bas changed to v2 and the server
 * restarted on the same embedded database, while a new conversation gets v2; the sweep keeps v1 while it waits.
 */
class DialogVersionAfterRestartTest {

    private static final String V1 = "TALK \"Hello from v1\"\nHEAR name\nTALK \"v1 says bye, \" + name\n";
    private static final String V2 = "TALK \"Hello from v2\"\nHEAR name\nTALK \"v2 says bye, \" + name\n";

    private final InMemoryObjectStore packages = new InMemoryObjectStore().put("shop", "shop.gbdialog/start.bas", V1);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private Path dataDir;

    @BeforeEach
    void freshDataDirectory() {
        dataDir = TestDataDirectory.fresh(DialogVersionAfterRestartTest.class);
    }

    @AfterEach
    void removeDataDirectory() {
        TestDataDirectory.delete(dataDir);
    }

    private PostgresPersistence startDatabase() {
        return PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 2));
    }

    private ServerOnSharedStores server(PostgresPersistence database) {
        return new ServerOnSharedStores(packages, new DialogVersions(database.dialogVersions()), database.conversations(), clock);
    }

    @Test
    void the_waiting_conversation_finishes_on_v1_after_the_restart_and_a_new_one_gets_v2() {
        TurnResult waiting;
        try (PostgresPersistence database = startDatabase()) {
            ServerOnSharedStores first = server(database);
            waiting = first.start("shop");
            packages.put("shop", "shop.gbdialog/start.bas", V2);
            first.refresh.refresh();
        }

        try (PostgresPersistence database = startDatabase()) {
            ServerOnSharedStores restarted = server(database);
            TurnResult answered = restarted.answer(waiting, "Ana");
            TurnResult fresh = restarted.start("shop");

            assertEquals(List.of("Hello from v1"), said(waiting));
            assertEquals(List.of("v1 says bye, Ana"), said(answered));
            assertEquals(ConversationStatus.ENDED, answered.status());
            assertEquals(List.of("Hello from v2"), said(fresh));
        }
    }

    @Test
    void the_sweep_keeps_the_version_a_stored_conversation_waits_in_and_drops_it_once_that_one_ended() {
        try (PostgresPersistence database = startDatabase()) {
            ServerOnSharedStores server = server(database);
            String v1 = server.bots.find(new BotId("shop")).orElseThrow().startDialog().version();
            TurnResult waiting = server.start("shop");
            packages.put("shop", "shop.gbdialog/start.bas", V2);
            server.refresh.refresh();
            clock.advance(Duration.ofHours(2));
            var sweep = new SweepDialogVersionsService(database.dialogVersions(), database.suspendedDialogs(),
                    server.bots, clock, Duration.ofHours(1));

            assertEquals(0, sweep.sweep());
            assertTrue(database.dialogVersions().find(new BotId("shop"), "start", v1).isPresent());
            server.answer(waiting, "Ana");
            assertEquals(1, sweep.sweep());
            assertFalse(database.dialogVersions().find(new BotId("shop"), "start", v1).isPresent());
        }
    }
}
