package it.org.botserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient.Reply;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input gets an RFC 9457 problem with a plain message, never a stack trace, and nothing is stored. */
class BadRequestsIT {

    private final ServerClient server = new ServerClient();

    private static JsonObject assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("at org."), reply.body());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("type").isBlank());
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        return problem;
    }

    private int storedMessages(String id) {
        return server.get("/api/conversations/" + id + "/history?limit=200").json().getJsonArray("messages").size();
    }

    @Test
    void an_unknown_bot_is_a_404_problem() {
        JsonObject problem = assertProblem(server.postJson("/api/conversations/start", "{\"bot_id\":\"nobody\"}"), 404);
        assertTrue(problem.getString("detail").contains("nobody"));
        assertProblem(server.postJson("/api/conversations/start", "{\"bot_id\":\"Not A Bot!\"}"), 404);
    }

    @Test
    void an_unknown_conversation_is_a_404_problem_everywhere() {
        String unknown = UUID.randomUUID().toString();
        String someToken = server.tokenOf(server.startHello());
        server.remember(unknown, someToken);
        server.remember("not-a-uuid", someToken);
        assertProblem(server.postJson("/api/conversations/" + unknown + "/messages", "{\"content\":\"hi\"}"), 404);
        assertProblem(server.get("/api/conversations/" + unknown + "/history"), 404);
        assertProblem(server.get("/api/conversations/not-a-uuid/history"), 404);
    }

    @Test
    void malformed_json_and_missing_fields_are_400_problems() {
        assertProblem(server.postJson("/api/conversations/start", "{\"bot_id\":"), 400);
        assertProblem(server.postJson("/api/conversations/start", "{}"), 400);
        assertProblem(server.postJson("/api/conversations/start", ""), 400);
        String id = server.startHello();
        assertProblem(server.postJson("/api/conversations/" + id + "/messages", "{}"), 400);
        assertProblem(server.postJson("/api/conversations/" + id + "/messages", "[1,2"), 400);
        assertEquals(2, storedMessages(id));
    }

    @Test
    void a_message_over_64_kib_is_a_400_problem_and_nothing_is_stored() {
        String id = server.startHello();

        JsonObject problem = assertProblem(server.postJson("/api/conversations/" + id + "/messages",
                "{\"content\":" + ServerClient.quote("x".repeat(64 * 1024 + 1)) + "}"), 400);

        assertTrue(problem.getString("detail").contains("64 KiB"), problem.toString());
        assertEquals(2, storedMessages(id));
        Reply stillWaiting = server.postJson("/api/conversations/" + id + "/messages", "{\"content\":\"Ana\"}");
        assertEquals("ended", stillWaiting.json().getString("status"));
    }

    @Test
    void a_huge_body_is_a_413_problem() {
        String id = server.startHello();

        assertProblem(server.postJson("/api/conversations/" + id + "/messages",
                "{\"content\":" + ServerClient.quote("x".repeat(600 * 1024)) + "}"), 413);
        assertEquals(2, storedMessages(id));
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem() {
        assertProblem(server.post("/api/conversations/start", "text/plain", "bot_id=hello"), 415);
    }

    @Test
    void bad_history_parameters_are_400_problems() {
        String id = server.startHello();
        assertProblem(server.get("/api/conversations/" + id + "/history?limit=ten"), 400);
        assertProblem(server.get("/api/conversations/" + id + "/history?limit=0"), 400);
        assertProblem(server.get("/api/conversations/" + id + "/history?before=yesterday"), 400);
    }

    @Test
    void an_unknown_api_address_is_a_404_problem() {
        assertProblem(server.get("/api/nothing-here"), 404);
    }
}
