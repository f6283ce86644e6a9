package it.org.botserver.specs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for the server's readiness check: Liberty reports itself started before the application has started its
 * database and loaded its bots.
 */
final class ServerReadiness {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private ServerReadiness() {
    }

    static void await(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) throw new IllegalStateException("-Dbotserver.url is not set.");
        URI ready = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/").resolve("health/ready");
        Instant deadline = Instant.now().plus(PATIENCE);
        String last = "no answer";
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            while (Instant.now().isBefore(deadline)) {
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) return;
                    last = "HTTP " + answer.statusCode() + " " + answer.body();
                } catch (IOException e) {
                    last = e.toString();
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + ready, e);
        }
        throw new IllegalStateException("The server at " + baseUrl + " was not ready within " + PATIENCE.toSeconds()
                + " s; its readiness check last said: " + last);
    }
}
