package it.org.botserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hello bot over WebSocket: replies as message frames, a status after each turn, errors as error frames. */
class HelloBotOverWebSocketIT {

    private final ServerClient rest = new ServerClient();

    private static void assertBotSays(String content, JsonObject frame) {
        assertEquals("message", frame.getString("type"), frame.toString());
        assertEquals("bot", frame.getString("sender"));
        assertEquals(content, frame.getString("content"));
        Instant.parse(frame.getString("timestamp"));
    }

    private static JsonObject assertStatus(String status, JsonObject frame) {
        assertEquals("status", frame.getString("type"), frame.toString());
        assertEquals(status, frame.getString("status"));
        assertEquals(frame.getString("conversation_id"), frame.getString("session_id"));
        return frame;
    }

    @Test
    void connecting_with_a_bot_starts_the_conversation_and_the_answer_is_greeted_by_name() {
        try (WsClient ws = WsClient.connect("?bot_id=hello")) {
            assertBotSays("Hello! I am the hello bot.", ws.next());
            assertBotSays("What is your name?", ws.next());
            String sessionId = assertStatus("awaiting_input", ws.next()).getString("session_id");
            rest.remember(sessionId, ws.token());

            ws.sendMessage("Ana");

            assertBotSays("Nice to meet you, Ana!", ws.next());
            assertStatus("ended", ws.next());
            List<JsonValue> history = rest.get("/api/conversations/" + sessionId + "/history").json().getJsonArray("messages");
            assertEquals(List.of("Hello! I am the hello bot.", "What is your name?", "Ana", "Nice to meet you, Ana!"),
                    history.stream().map(m -> m.asJsonObject().getString("content")).toList());
        }
    }

    @Test
    void a_bad_frame_gets_an_error_frame_and_the_conversation_goes_on() {
        try (WsClient ws = WsClient.connect("?bot_id=hello")) {
            ws.next();
            ws.next();
            ws.next();

            ws.send("this is not json");
            JsonObject error = ws.next();
            assertEquals("error", error.getString("type"));
            assertTrue(error.getString("message").contains("{\"type\":\"message\""), error.toString());

            ws.sendMessage("x".repeat(64 * 1024 + 1));
            assertTrue(ws.next().getString("message").contains("64 KiB"));

            ws.sendMessage("Bo");
            assertBotSays("Nice to meet you, Bo!", ws.next());
        }
    }

    @Test
    void an_unknown_bot_or_session_is_refused_with_an_error_and_the_socket_is_closed() {
        try (WsClient ws = WsClient.connect("?bot_id=nobody")) {
            assertEquals("error", ws.next().getString("type"));
            assertEquals(1008, ws.closeCode());
        }
        try (WsClient ws = WsClient.connect("?session_id=" + java.util.UUID.randomUUID())) {
            assertEquals("error", ws.next().getString("type"));
            assertEquals(1008, ws.closeCode());
        }
        try (WsClient ws = WsClient.connect("")) {
            assertTrue(ws.next().getString("message").contains("bot_id"));
            assertEquals(1008, ws.closeCode());
        }
    }
}
