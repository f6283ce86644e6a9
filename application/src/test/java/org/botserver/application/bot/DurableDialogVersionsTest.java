package org.botserver.application.bot;

import static org.botserver.application.bot.ServerOnSharedStores.said;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.TurnResult;
import org.botserver.application.mail.MovableClock;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.ConversationStatus;
import org.junit.jupiter.api.Test;

/**
 * A conversation waiting in HEAR on a replaced dialog version finishes on it after a restart (or on another server),
 * because every version a bot ran is kept in the dialog version store and compiled again when it is needed.
 */
class DurableDialogVersionsTest {

    static final String V1 = "TALK \"Hello from v1\"\nHEAR name\nTALK \"v1 says bye, \" + name\n";
    static final String V2 = "TALK \"Hello from v2\"\nHEAR name\nTALK \"v2 says bye, \" + name\n";

    private final InMemoryObjectStore packages = new InMemoryObjectStore().put("shop", "shop.gbdialog/start.bas", V1);
    private final InMemoryDialogVersionStore versions = new InMemoryDialogVersionStore();
    private final InMemoryConversationStore conversations = new InMemoryConversationStore();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));

    private ServerOnSharedStores server() {
        return new ServerOnSharedStores(packages, new DialogVersions(versions), conversations, clock);
    }

    @Test
    void after_a_restart_the_waiting_conversation_finishes_on_v1_and_a_new_one_gets_v2() {
        ServerOnSharedStores first = server();
        TurnResult waiting = first.start("shop");
        packages.put("shop", "shop.gbdialog/start.bas", V2);
        clock.advance(Duration.ofMinutes(1));
        first.refresh.refresh();

        ServerOnSharedStores restarted = server();
        TurnResult answered = restarted.answer(waiting, "Ana");
        TurnResult fresh = restarted.start("shop");

        assertEquals(List.of("Hello from v1"), said(waiting));
        assertEquals(List.of("v1 says bye, Ana"), said(answered));
        assertEquals(ConversationStatus.ENDED, answered.status());
        assertEquals(List.of("Hello from v2"), said(fresh));
    }

    @Test
    void a_server_that_never_ran_v1_resumes_it_from_the_store() {
        TurnResult waiting = server().start("shop");
        packages.put("shop", "shop.gbdialog/start.bas", V2);

        // Another node that loads the package only now, with v2 in it: v1 was never compiled there.
        ServerOnSharedStores otherNode = server();

        assertEquals(List.of("v1 says bye, Bo"), said(otherNode.answer(waiting, "Bo")));
        assertEquals(2, versions.size());
    }

    @Test
    void without_a_shared_store_the_restarted_server_cannot_resume_the_replaced_version() {
        ServerOnSharedStores first = new ServerOnSharedStores(packages, DialogVersions.IN_MEMORY_ONLY, conversations, clock);
        TurnResult waiting = first.start("shop");
        packages.put("shop", "shop.gbdialog/start.bas", V2);

        ServerOnSharedStores restarted = new ServerOnSharedStores(packages, DialogVersions.IN_MEMORY_ONLY, conversations, clock);
        TurnResult answered = restarted.answer(waiting, "Ana");

        assertEquals(ConversationStatus.ENDED, answered.status());
        assertTrue(said(answered).stream().noneMatch(reply -> reply.contains("says bye")), said(answered).toString());
    }

    @Test
    void a_store_that_cannot_be_reached_does_not_stop_the_bot_from_loading() {
        DialogVersionStore down = new DialogVersionStore() {
            @Override public void keepLive(BotId bot, List<org.botserver.domain.bot.DialogVersion> live, Instant now) {
                throw new IllegalStateException("The database is not reachable.");
            }

            @Override public java.util.Optional<org.botserver.domain.basic.SourceFile> find(BotId bot, String d, String v) {
                throw new IllegalStateException("The database is not reachable.");
            }

            @Override public List<StoredDialogVersion> notLiveSince(Instant cutoff) { return List.of(); }

            @Override public boolean forget(StoredDialogVersion version, Instant cutoff) { return false; }
        };

        ServerOnSharedStores server = new ServerOnSharedStores(packages, new DialogVersions(down), conversations, clock);

        assertEquals(List.of("Hello from v1"), said(server.start("shop")));
        assertTrue(server.bots.find(new BotId("shop")).isPresent());
    }
}
