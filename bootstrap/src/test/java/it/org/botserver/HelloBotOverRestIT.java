package it.org.botserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hello bot over REST against the real server: list, start, answer, and the stored history. */
class HelloBotOverRestIT {

    private final ServerClient server = new ServerClient();

    private static List<String> contents(List<JsonValue> messages) {
        return messages.stream().map(m -> m.asJsonObject().getString("content")).toList();
    }

    @Test
    void the_hello_bot_is_listed() {
        Reply bots = server.get("/api/bots");

        assertEquals(200, bots.status());
        assertTrue(bots.array().stream().map(JsonValue::asJsonObject)
                .anyMatch(bot -> bot.getString("bot_id").equals("hello") && bot.getString("name").equals("hello")),
                bots.body());
    }

    @Test
    void starting_greets_and_asks_for_the_name() {
        Reply started = server.postJson("/api/conversations/start", "{\"bot_id\":\"hello\",\"user_id\":\"it-user\"}");

        assertEquals(201, started.status(), started.body());
        JsonObject body = started.json();
        assertEquals(body.getString("conversation_id"), body.getString("session_id"));
        assertEquals("awaiting_input", body.getString("status"));
        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?"), contents(body.getJsonArray("replies")));
        JsonObject first = body.getJsonArray("replies").getJsonObject(0);
        assertEquals("message", first.getString("type"));
        assertEquals("bot", first.getString("sender"));
        Instant.parse(first.getString("timestamp"));
    }

    @Test
    void the_answer_is_greeted_by_name_and_the_history_holds_the_whole_conversation() {
        String id = server.startHello();

        Reply answered = server.postJson("/api/conversations/" + id + "/messages", "{\"content\":\"Ana\"}");

        assertEquals(200, answered.status(), answered.body());
        JsonObject body = answered.json();
        assertEquals("ended", body.getString("status"));
        assertEquals(List.of("Nice to meet you, Ana!"), contents(body.getJsonArray("replies")));
        assertFalse(body.getString("message_id").isBlank());
        Instant sentAt = Instant.parse(body.getString("timestamp"));

        JsonObject history = server.get("/api/conversations/" + id + "/history").json();
        List<JsonValue> messages = history.getJsonArray("messages");
        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?", "Ana", "Nice to meet you, Ana!"),
                contents(messages));
        assertEquals(List.of("bot", "bot", "user", "bot"),
                messages.stream().map(m -> m.asJsonObject().getString("sender")).toList());
        assertEquals(body.getString("message_id"), messages.get(2).asJsonObject().getString("id"));
        assertEquals(sentAt, Instant.parse(messages.get(2).asJsonObject().getString("timestamp")));
        assertFalse(history.getBoolean("has_more"));
    }

    @Test
    void history_pages_back_with_limit_and_before() {
        String id = server.startHello();
        server.postJson("/api/conversations/" + id + "/messages", "{\"content\":\"Ana\"}");

        JsonObject newest = server.get("/api/conversations/" + id + "/history?limit=2").json();
        assertEquals(List.of("Ana", "Nice to meet you, Ana!"), contents(newest.getJsonArray("messages")));
        assertTrue(newest.getBoolean("has_more"));

        String before = newest.getJsonArray("messages").getJsonObject(0).getString("timestamp");
        JsonObject older = server.get("/api/conversations/" + id + "/history?limit=2&before=" + before).json();
        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?"), contents(older.getJsonArray("messages")));
        assertFalse(older.getBoolean("has_more"));
    }

    @Test
    void a_message_after_the_end_gets_a_plain_answer_and_is_stored() {
        String id = server.startHello();
        server.postJson("/api/conversations/" + id + "/messages", "{\"content\":\"Ana\"}");

        Reply late = server.postJson("/api/conversations/" + id + "/messages", "{\"content\":\"hello again\"}");

        assertEquals(200, late.status());
        assertEquals("ended", late.json().getString("status"));
        assertTrue(late.json().getJsonArray("replies").getJsonObject(0).getString("content").contains("has ended"));
        List<JsonValue> stored = server.get("/api/conversations/" + id + "/history").json().getJsonArray("messages");
        assertEquals(6, stored.size());
        assertTrue(stored.stream().map(m -> m.asJsonObject().get("content")).anyMatch(
                c -> ((JsonString) c).getString().equals("hello again")));
    }
}
