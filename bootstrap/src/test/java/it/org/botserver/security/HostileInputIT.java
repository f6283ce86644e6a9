package it.org.botserver.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hostile requests get 4xx problems, store nothing, and leave the server healthy. */
class HostileInputIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final ServerClient client = new ServerClient();

    @AfterEach
    void the_server_stays_ready_and_a_normal_conversation_still_works() {
        assertEquals(200, client.get("/health/ready").status());
        String id = client.startHello();
        Reply answered = client.postJson("/api/conversations/" + id + "/messages", "{\"content\":\"Ana\"}");
        assertEquals(200, answered.status(), answered.body());
    }

    @Test
    void an_oversize_body_is_a_413_problem() {
        String id = client.startHello();

        Reply refused = client.postJson("/api/conversations/" + id + "/messages",
                "{\"content\":\"" + "x".repeat(600 * 1024) + "\"}");

        assertProblem(413, refused);
        assertEquals(2, historySize(id), "nothing was stored");
    }

    @Test
    void deeply_nested_json_is_a_400_problem_that_names_the_limit() {
        String id = client.startHello();
        String nested = "{\"content\":\"Ana\",\"extra\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        Reply refused = client.postJson("/api/conversations/" + id + "/messages", nested);

        assertProblem(400, refused);
        assertTrue(refused.json().getString("detail").contains("32"), refused.body());
        assertEquals(2, historySize(id), "nothing was stored");
    }

    @Test
    void a_body_that_is_not_utf8_is_a_400_problem_and_stores_nothing() {
        String id = client.startHello();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"content\":\"Ana ".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));

        Reply refused = postBytes("/api/conversations/" + id + "/messages", body.toByteArray(), client.tokenOf(id));

        assertProblem(400, refused);
        assertTrue(refused.json().getString("detail").contains("UTF-8"), refused.body());
        assertEquals(2, historySize(id), "nothing was stored");
    }

    private int historySize(String id) {
        JsonObject history = client.get("/api/conversations/" + id + "/history").json();
        return history.getJsonArray("messages").size();
    }

    private static void assertProblem(int status, Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    private static Reply postBytes(String path, byte[] body, String conversationToken) {
        HttpRequest request = HttpRequest.newBuilder(ServerClient.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Conversation-Token", conversationToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
