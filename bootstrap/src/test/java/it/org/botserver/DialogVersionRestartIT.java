package it.org.botserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import it.org.botserver.ServerClient.Reply;
import it.org.botserver.bots.BotAdmin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A conversation waiting in HEAR on start.bas v1 finishes on v1 although start.bas changed to v2 and the server
 * restarted meanwhile (v1 is kept in the database, not only in memory), while a new conversation gets v2.
 */
class DialogVersionRestartIT {

    private static final String V1 = "TALK \"Hello from version one\"\nHEAR name\nTALK \"Version one says bye, \" + name\n";
    private static final String V2 = "TALK \"Hello from version two\"\nHEAR name\nTALK \"Version two says bye, \" + name\n";
    /** The test server polls every second; a few polls of slack for a loaded build machine. */
    private static final Duration WITHIN = Duration.ofSeconds(15);

    private final ServerClient server = new ServerClient();



    @Test
    void a_conversation_waiting_on_v1_finishes_on_v1_after_v2_arrived_and_the_server_restarted() throws Exception {
        String bot = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        Path start = BotAdmin.botsDir().resolve(bot + ".gbai/" + bot + ".gbdialog/start.bas");
        Files.createDirectories(start.getParent());
        Files.writeString(start, V1);
        Reply loaded = BotAdmin.awaitBot(bot, WITHIN, r -> r.status() == 200);
        assertEquals(200, loaded.status(), "the new package was not picked up within " + WITHIN + ": " + loaded.body());
        Reply first = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + bot + "\"}");
        Files.writeString(start, V2);
        Reply changed = BotAdmin.awaitBot(bot, WITHIN, r -> !r.json().getString("version").equals(loaded.json().getString("version")));
        assertNotEquals(loaded.json().getString("version"), changed.json().getString("version"), "no reload within " + WITHIN);

        LibertyServer.restart();

        Reply answered = server.postJson("/api/conversations/" + first.json().getString("conversation_id") + "/messages",
                "{\"content\":\"Ana\"}");
        Reply second = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + bot + "\"}");
        assertEquals(List.of("Hello from version one"), first.replyContents());
        assertEquals(List.of("Version one says bye, Ana"), answered.replyContents());
        assertEquals("ended", answered.json().getString("status"));
        assertEquals(List.of("Hello from version two"), second.replyContents());
        try (var files = Files.walk(start.getParent().getParent())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
