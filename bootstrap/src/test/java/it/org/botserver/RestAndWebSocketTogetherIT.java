package it.org.botserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A conversation is one conversation whichever channel carries each message. */
class RestAndWebSocketTogetherIT {

    private final ServerClient rest = new ServerClient();

    @Test
    void a_conversation_started_over_rest_continues_over_websocket() {
        String id = rest.startHello();

        try (WsClient ws = WsClient.connect("?session_id=" + id + "&bot_id=hello&token=" + rest.tokenOf(id))) {
            JsonObject status = ws.next();
            assertEquals("status", status.getString("type"));
            assertEquals("awaiting_input", status.getString("status"));
            assertEquals(id, status.getString("session_id"));

            ws.sendMessage("Cy");

            assertEquals("Nice to meet you, Cy!", ws.next().getString("content"));
            assertEquals("ended", ws.next().getString("status"));
        }
        assertEquals(4, rest.get("/api/conversations/" + id + "/history").json().getJsonArray("messages").size());
    }

    @Test
    void a_conversation_started_over_websocket_continues_over_rest() {
        String id;
        try (WsClient ws = WsClient.connect("?bot_id=hello")) {
            ws.next();
            ws.next();
            id = ws.next().getString("session_id");
            rest.remember(id, ws.token());
        }

        JsonObject answered = rest.postJson("/api/conversations/" + id + "/messages", "{\"content\":\"Di\"}").json();

        assertEquals("Nice to meet you, Di!", answered.getJsonArray("replies").getJsonObject(0).getString("content"));
        assertEquals("ended", answered.getString("status"));
    }
}
