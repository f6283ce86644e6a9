package it.org.botserver.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Security headers on every response of the server; CORS only for the configured origin (https://chat.it.botserver.test). */
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ALLOWED = "https://chat.it.botserver.test";

    private static HttpResponse<String> send(String method, String path, String... headers) {
        ServerClient.awaitReady();
        HttpRequest.Builder request = HttpRequest.newBuilder(ServerClient.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) request.headers(headers);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_api_and_unknown_paths_of_the_application_carry_the_security_headers() {
        for (String path : new String[] {"/api/bots", "/api/conversations", "/no/such/page"}) {
            HttpHeaders headers = send("GET", path).headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertFalse(headers.firstValue("Strict-Transport-Security").isPresent(), path + ": no HSTS over plain HTTP");
        }
    }

    @Test
    void liberty_s_own_health_and_openapi_carry_the_security_headers_too() {
        for (String path : new String[] {"/health/ready", "/openapi"}) {
            HttpResponse<String> reply = send("GET", path);
            assertEquals(200, reply.statusCode(), path);
            HttpHeaders headers = reply.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertEquals(1, headers.allValues("X-Content-Type-Options").size(), path + ": set once, not twice");
        }
    }

    @Test
    void a_preflight_from_the_allowed_origin_is_answered_with_the_cors_headers() {
        HttpResponse<String> preflight = send("OPTIONS", "/api/conversations/start", "Origin", ALLOWED,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");

        assertEquals(204, preflight.statusCode());
        assertEquals(ALLOWED, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")
                .contains("X-Conversation-Token"));
    }

    @Test
    void a_request_from_the_allowed_origin_gets_its_origin_back() {
        HttpResponse<String> reply = send("GET", "/api/bots", "Origin", ALLOWED);

        assertEquals(200, reply.statusCode());
        assertEquals(ALLOWED, reply.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void another_origin_gets_no_cors_headers_at_all() {
        HttpResponse<String> preflight = send("OPTIONS", "/api/conversations/start", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        HttpResponse<String> reply = send("GET", "/api/bots", "Origin", "https://evil.example");

        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Methods").isPresent());
        assertFalse(reply.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }
}
