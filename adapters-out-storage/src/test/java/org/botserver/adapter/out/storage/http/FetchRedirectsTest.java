package org.botserver.adapter.out.storage.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Redirects are followed as browsers do, and the headers a bot set never travel to another origin. */
class FetchRedirectsTest {

    private final LocalHttpServer server = LocalHttpServer.start();
    private final GuardedHttpClient client = GuardedHttpClient.create(new HttpClientSettings(HttpClientSettings.DEFAULT_TIMEOUT,
            HttpClientSettings.DEFAULT_MAX_RESPONSE_BYTES, 5,
            new AllowedHosts(Set.of("127.0.0.1:" + server.port(), "localhost:" + server.port()))));

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private GuardedHttpClient.Answer post(String path, Map<String, String> headers) {
        return client.fetch("POST", HttpUrl.get(server.url(path)), headers, "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                "application/json");
    }

    @Test
    void a_post_answered_with_303_goes_on_as_a_get_without_the_body() {
        server.redirect("/orders", 303, "/orders/7").on("/orders/7", 200, "text/plain", "order 7");

        assertEquals("order 7", new String(post("/orders", Map.of()).body(), StandardCharsets.UTF_8));
        LocalHttpServer.Received followed = server.received.getLast();
        assertEquals("GET", followed.method());
        assertEquals("", followed.body());
    }

    @Test
    void a_post_answered_with_307_is_repeated_with_its_body() {
        server.redirect("/old", 307, "/new").on("/new", 201, "text/plain", "made");

        assertEquals(201, post("/old", Map.of()).status());
        LocalHttpServer.Received followed = server.received.getLast();
        assertEquals("POST", followed.method());
        assertEquals("{\"a\":1}", followed.body());
        assertEquals("application/json", followed.header("Content-Type"));
    }

    @Test
    void the_bots_headers_follow_a_redirect_on_the_same_origin_only() {
        String elsewhere = "http://localhost:" + server.port() + "/there";
        server.redirect("/here", 302, "/same").redirect("/same", 302, elsewhere).on("/there", 200, "text/plain", "ok");

        post("/here", Map.of("X-Api-Key", "secret"));

        assertEquals("secret", server.received.get(1).header("X-Api-Key"));
        assertEquals("/there", server.received.get(2).path());
        assertNull(server.received.get(2).header("X-Api-Key"));
    }
}
