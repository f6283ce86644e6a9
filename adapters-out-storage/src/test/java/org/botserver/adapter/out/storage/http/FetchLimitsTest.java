package org.botserver.adapter.out.storage.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.botserver.application.http.HttpFetchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A fetch is bounded: the answer's size, the time it takes in all, and the redirects it follows. */
class FetchLimitsTest {

    private static final int CAP = 4096;

    private final LocalHttpServer server = LocalHttpServer.start();
    private final GuardedHttpClient client = clientWithTimeout(HttpClientSettings.DEFAULT_TIMEOUT);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private GuardedHttpClient clientWithTimeout(Duration timeout) {
        return GuardedHttpClient.create(new HttpClientSettings(timeout, CAP, 5, new AllowedHosts(Set.of("127.0.0.1:" + server.port()))));
    }

    private GuardedHttpClient.Answer get(String path) {
        return client.fetch("GET", HttpUrl.get(server.url(path)), Map.of(), null, null);
    }

    private String refusal(String path) {
        return assertThrows(HttpFetchException.class, () -> get(path)).getMessage();
    }

    @Test
    void an_answer_of_exactly_the_cap_is_read_whole() {
        server.on("/full", 200, "text/plain", "x".repeat(CAP));

        assertEquals(CAP, get("/full").body().length);
    }

    @Test
    void an_answer_declaring_more_than_the_cap_is_refused() {
        server.on("/big", 200, "text/plain", "x".repeat(CAP + 1));

        assertEquals("the answer of " + server.url("/big") + " is larger than 4 KiB, the most a bot may receive.", refusal("/big"));
    }

    @Test
    void an_answer_streamed_without_a_length_is_cut_at_the_cap_while_the_server_still_sends() {
        server.on("/endless", e -> {
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 10_000; i++) out.write(new byte[1024]);
            } catch (IOException clientHungUp) {
                // Expected: the client stops reading at the cap and closes the connection.
            }
        });

        assertEquals("the answer of " + server.url("/endless") + " is larger than 4 KiB, the most a bot may receive.",
                refusal("/endless"));
    }

    @Test
    void a_small_gzip_answer_that_unpacks_past_the_cap_is_refused() {
        server.gzipped("/bomb", "0".repeat(1024 * 1024));

        assertEquals("the answer of " + server.url("/bomb") + " is larger than 4 KiB, the most a bot may receive.", refusal("/bomb"));
    }

    @Test
    void a_server_slower_than_the_timeout_fails_the_fetch_with_the_time_allowed() {
        server.on("/slow", e -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            LocalHttpServer.respond(e, 200, "text/plain", "late");
        });

        try (GuardedHttpClient impatient = clientWithTimeout(Duration.ofMillis(500))) {
            String message = assertThrows(HttpFetchException.class,
                    () -> impatient.fetch("GET", HttpUrl.get(server.url("/slow")), Map.of(), null, null)).getMessage();

            assertEquals(server.url("/slow") + " did not answer within 500 ms.", message);
        }
    }

    @Test
    void five_redirects_are_followed_and_a_sixth_is_refused() {
        for (int i = 0; i < 6; i++) server.redirect("/r" + i, 302, "/r" + (i + 1));
        server.on("/r6", 200, "text/plain", "arrived");

        assertEquals("arrived", new String(get("/r1").body()));
        assertEquals(server.url("/r6"), get("/r1").url().toString());
        assertEquals(server.url("/r0") + " redirected more than 5 times.", refusal("/r0"));
    }

    @Test
    void a_redirect_to_another_scheme_is_refused() {
        server.redirect("/ftp", 302, "ftp://127.0.0.1/file");

        assertEquals(server.url("/ftp") + " redirected to \"ftp://127.0.0.1/file\", which is not an http(s) address.", refusal("/ftp"));
    }
}
