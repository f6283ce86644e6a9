package it.org.botserver.bots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import it.org.botserver.WsClient;
import it.org.botserver.security.TokenMint;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bot whose config.csv says public,false talks only to signed-in users: anonymous starts get a 401 problem. */
class PublicBotsIT {

    private static final BotAdmin ADMIN = new BotAdmin();

    @BeforeAll
    static void deployAPrivateBot() {
        ServerClient.awaitReady();
        Reply deployed = ADMIN.upload(BotAdmin.zip("staffonly.gbai/staffonly.gbdialog/start.bas", "TALK \"Staff only.\"",
                "staffonly.gbai/staffonly.gbot/config.csv", "name,value\npublic,false\n"));
        assertTrue(deployed.status() == 201 || deployed.status() == 200, deployed.body());
    }

    @AfterAll
    static void removeIt() {
        ADMIN.delete("staffonly");
    }

    @Test
    void an_anonymous_start_over_rest_is_refused_with_401_and_nothing_started() {
        Reply refused = new ServerClient().postJson("/api/conversations/start", "{\"bot_id\":\"staffonly\"}");

        assertEquals(401, refused.status(), refused.body());
        assertTrue(refused.body().contains("not public"), refused.body());
    }

    @Test
    void a_signed_in_user_may_start_over_rest() {
        Reply started = new ServerClient().withBearer(TokenMint.token("ana", "user"))
                .postJson("/api/conversations/start", "{\"bot_id\":\"staffonly\"}");

        assertEquals(201, started.status(), started.body());
        assertEquals("Staff only.", started.json().getJsonArray("replies").getJsonObject(0).getString("content"));
    }

    @Test
    void an_anonymous_start_over_the_websocket_gets_an_error_frame() {
        try (WsClient ws = WsClient.connect("?bot_id=staffonly")) {
            JsonObject frame = ws.next();
            assertEquals("error", frame.getString("type"), frame.toString());
            assertTrue(frame.getString("message").contains("not public"), frame.toString());
        }
    }

    @Test
    void public_bots_still_welcome_anonymous_clients() {
        assertEquals(201, new ServerClient().postJson("/api/conversations/start", "{\"bot_id\":\"hello\"}").status());
    }
}
