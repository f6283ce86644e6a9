package it.org.botserver.bots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hot reload on the running server: start.bas is changed in storage (the bots folder) while one conversation waits
 * in HEAR; that conversation finishes on the old version, a new one gets the new greeting, within the poll interval.
 */
class HotReloadIT {

    private static final String OLD = "TALK \"Hello from version one\"\nHEAR name\nTALK \"Version one says bye, \" + name\n";
    private static final String NEW = "TALK \"Hello from version two\"\nHEAR name\nTALK \"Version two says bye, \" + name\n";
    /** The test server polls every second; a few polls of slack for a loaded build machine. */
    private static final Duration WITHIN = Duration.ofSeconds(15);

    private final ServerClient server = new ServerClient();



    @Test
    void a_waiting_conversation_finishes_on_the_old_version_and_a_new_one_gets_the_new_greeting() throws Exception {
        String bot = uniqueBot("reload");
        Path start = BotAdmin.botsDir().resolve(bot + ".gbai/" + bot + ".gbdialog/start.bas");
        Files.createDirectories(start.getParent());
        Files.writeString(start, OLD);
        Reply loaded = BotAdmin.awaitBot(bot, WITHIN, r -> r.status() == 200);
        assertEquals(200, loaded.status(), "the new package was not picked up within " + WITHIN + ": " + loaded.body());
        String oldVersion = loaded.json().getString("version");

        Reply first = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + bot + "\"}");
        assertEquals(List.of("Hello from version one"), first.replyContents());
        Files.writeString(start, NEW);
        Reply changed = BotAdmin.awaitBot(bot, WITHIN, r -> r.status() == 200 && !r.json().getString("version").equals(oldVersion));
        assertEquals(false, changed.json().getString("version").equals(oldVersion), "no reload within " + WITHIN);

        Reply answered = server.postJson("/api/conversations/" + first.json().getString("conversation_id") + "/messages",
                "{\"content\":\"Ana\"}");
        Reply second = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + bot + "\"}");

        assertEquals(List.of("Version one says bye, Ana"), answered.replyContents());
        assertEquals(List.of("Hello from version two"), second.replyContents());
        deleteQuietly(start.getParent().getParent());
    }

    @Test
    void a_dialog_that_stops_compiling_keeps_the_last_good_version_and_shows_its_errors() throws Exception {
        String bot = uniqueBot("broken-edit");
        Path start = BotAdmin.botsDir().resolve(bot + ".gbai/" + bot + ".gbdialog/start.bas");
        Files.createDirectories(start.getParent());
        Files.writeString(start, OLD);
        Reply loaded = BotAdmin.awaitBot(bot, WITHIN, r -> r.status() == 200);
        String oldVersion = loaded.json().getString("version");

        Files.writeString(start, "IF THEN\n");
        Reply broken = BotAdmin.awaitBot(bot, WITHIN, r -> !r.json().getString("version").equals(oldVersion));

        List<String> problems = broken.json().getJsonArray("problems").stream()
                .map(p -> ((jakarta.json.JsonString) p).getString()).toList();
        assertEquals(bot + ".gbdialog/start.bas does not compile; its last good version stays live.", problems.getFirst());
        Reply greeting = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + bot + "\"}");
        assertEquals(List.of("Hello from version one"), greeting.replyContents());
        assertEquals(List.of("start"), broken.json().getJsonArray("dialogs").getValuesAs(jakarta.json.JsonString::getString));
        deleteQuietly(start.getParent().getParent());
    }

    /** A bot id of its own for each run, so a package left by an interrupted run cannot answer for this one. */
    private static String uniqueBot(String name) {
        return name + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
