package it.org.botserver.bots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Memory kept by one conversation is read by the next on the running server: a visit counter in bot memory, a
 * preference in user memory, a REMEMBERed value, and the session values, with a SET SCHEDULE that simply goes on.
 */
class BotMemoryIT {

    private final ServerClient server = new ServerClient();
    private final BotAdmin admin = new BotAdmin();

    private static final String START = """
            SET SCHEDULE "every day at 9:00"
            n = GET BOT MEMORY("visits")
            IF ISNULL(n) THEN n = 0
            SET BOT MEMORY "visits", n + 1
            lang = GET USER MEMORY("lang")
            IF ISNULL(lang) THEN
                SET USER MEMORY "lang", "pt"
                REMEMBER "first seen", NOW(), "7 days"
            END IF
            seen = RECALL "first seen"
            kept = NOT ISNULL(seen)
            TALK "visit " & (n + 1) & ", lang " & lang & ", remembered " & kept
            user = GET "session.user_id"
            channel = GET "session.channel"
            TALK "you are " & user & " on " & channel
            """;

    private List<String> start(String bot, String user) {
        Reply started = server.postJson("/api/conversations/start",
                "{\"bot_id\":\"" + bot + "\",\"user_id\":\"" + user + "\"}");
        assertEquals(201, started.status(), started.body());
        return started.json().getJsonArray("replies").stream()
                .map(r -> r.asJsonObject().getString("content")).toList();
    }

    @Test
    void bot_memory_survives_across_conversations_and_user_memory_follows_the_user() {
        String bot = "memory-" + UUID.randomUUID().toString().substring(0, 8);
        // The admin client does not wait for the application by itself.
        ServerClient.awaitReady();
        Reply deployed = admin.upload(BotAdmin.zip(bot + ".gbai/" + bot + ".gbdialog/start.bas", START));
        assertTrue(deployed.status() == 201 || deployed.status() == 200, deployed.body());

        assertEquals(List.of("visit 1, lang , remembered TRUE", "you are ana-" + bot + " on web"), start(bot, "ana-" + bot));
        assertEquals(List.of("visit 2, lang pt, remembered TRUE", "you are ana-" + bot + " on web"), start(bot, "ana-" + bot));
        assertEquals(List.of("visit 3, lang , remembered TRUE", "you are bob-" + bot + " on web"), start(bot, "bob-" + bot));
        admin.delete(bot);
    }
}
