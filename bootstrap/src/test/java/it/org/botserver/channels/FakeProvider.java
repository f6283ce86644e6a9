package it.org.botserver.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * A local server playing a provider's API (the Graph API or the Bot API) for the running Liberty: it accepts
 * every send with the provider's documented success answer and lets the test wait for what was sent.
 */
final class FakeProvider implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final String paths;

    /** {@code paths} is the regular expression of the send endpoints, {@code success} their JSON answer. */
    FakeProvider(String paths, String success) {
        this.paths = paths;
        server.start();
        server.stubFor(post(urlPathMatching(paths)).willReturn(okJson(success)));
    }

    /** Serves {@code body} on a GET of {@code url} (a path with its query), e.g. a media file or its description. */
    void serve(String url, String contentType, byte[] body) {
        server.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withHeader("Content-Type", contentType).withBody(body)));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** The JSON bodies sent so far whose request path ends with {@code method} and that pass {@code filter}, in order. */
    List<JsonObject> sent(String method, Predicate<JsonObject> filter) {
        return server.findAll(postRequestedFor(urlPathMatching(paths))).stream()
                .filter(request -> request.getUrl().endsWith(method))
                .map(LoggedRequest::getBodyAsString)
                .map(body -> Json.createReader(new StringReader(body)).readObject())
                .filter(filter).toList();
    }

    /** Waits until at least {@code count} such bodies were sent, and returns them all. */
    List<JsonObject> awaitSent(String method, Predicate<JsonObject> filter, int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<JsonObject> sent = sent(method, filter);
        while (sent.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the fake provider got " + sent.size() + " of " + count + " " + method
                        + " calls within " + PATIENCE + ": " + sent);
            }
            pause();
            sent = sent(method, filter);
        }
        return sent;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
