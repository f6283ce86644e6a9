package it.org.botserver.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Paths nothing serves are 404 problems in JSON, like every API error, never Liberty's HTML error page. */
class UnknownPathsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> send(String method, String path) {
        ServerClient.awaitReady();
        HttpRequest request = HttpRequest.newBuilder(ServerClient.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject assertNotFoundProblem(HttpResponse<String> reply) {
        assertEquals(404, reply.statusCode(), reply.body());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                reply.headers().toString());
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            JsonObject problem = reader.readObject();
            assertEquals(404, problem.getInt("status"));
            assertEquals("Not Found", problem.getString("title"));
            return problem;
        }
    }

    @Test
    void an_unknown_page_is_a_404_problem_that_names_the_path_and_points_to_the_api() {
        JsonObject problem = assertNotFoundProblem(send("GET", "/no/such/page"));

        assertEquals("/problems/not-found", problem.getString("type"));
        assertTrue(problem.getString("detail").contains("/no/such/page"), problem.toString());
        assertTrue(problem.getString("detail").contains("/api"), problem.toString());
    }

    @Test
    void the_root_and_other_methods_on_unknown_paths_are_404_problems_too() {
        assertNotFoundProblem(send("GET", "/"));
        assertNotFoundProblem(send("POST", "/no/such/page"));
        assertNotFoundProblem(send("DELETE", "/no/such/page"));
    }

    @Test
    void an_unknown_path_under_the_api_is_a_404_problem() {
        assertNotFoundProblem(send("GET", "/api/no-such-resource"));
    }

    @Test
    void the_error_page_itself_serves_nothing_when_asked_for_directly() {
        assertNotFoundProblem(send("GET", "/errors/problem"));
    }
}
