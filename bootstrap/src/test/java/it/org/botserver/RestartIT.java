package it.org.botserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dialog waiting in HEAR survives a server restart: its state is in the database, not in a thread. */
class RestartIT {

    private final ServerClient rest = new ServerClient();

    @Test
    void a_conversation_suspended_at_hear_continues_where_it_was_after_a_restart() {
        String id = rest.startHello();

        LibertyServer.restart();

        JsonObject answered = rest.postJson("/api/conversations/" + id + "/messages", "{\"content\":\"Eve\"}").json();
        assertEquals("Nice to meet you, Eve!", answered.getJsonArray("replies").getJsonObject(0).getString("content"));
        assertEquals("ended", answered.getString("status"));
        List<JsonValue> history = rest.get("/api/conversations/" + id + "/history").json().getJsonArray("messages");
        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?", "Eve", "Nice to meet you, Eve!"),
                history.stream().map(m -> m.asJsonObject().getString("content")).toList());
    }
}
