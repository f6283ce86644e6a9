package org.botserver.adapter.out.llm.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.botserver.adapter.out.llm.Sse;
import org.botserver.application.llm.ChatEntry;
import org.botserver.application.llm.LlmReply;
import org.botserver.application.llm.LlmRequest;
import org.botserver.application.llm.LlmSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenAiFailuresTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OpenAiLanguageModel model = new OpenAiLanguageModel();

    @AfterEach
    void close() {
        model.close();
    }

    private LlmReply ask(String baseUrl, int retries, Sse.Chunks chunks) {
        return model.complete(new LlmRequest(Sse.settings(LlmSettings.Provider.OPENAI, baseUrl, retries), "sys",
                List.of(new ChatEntry.User("Hi")), List.of()), chunks);
    }

    private static LlmReply.Kind kind(LlmReply reply) {
        return assertInstanceOf(LlmReply.Failure.class, reply).kind();
    }

    @Test
    void a_429_is_retried_after_the_time_its_retry_after_header_asks_for() {
        server.stubFor(post("/chat/completions").inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}"))
                .willSetStateTo("free"));
        server.stubFor(post("/chat/completions").inScenario("busy").whenScenarioStateIs("free")
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                        .withBody(Sse.data(OpenAiChunks.text("Hello"), OpenAiChunks.finish("stop"), "[DONE]"))));
        Instant before = Instant.now();

        LlmReply reply = ask(server.baseUrl(), 2, new Sse.Chunks());

        assertEquals("Hello", assertInstanceOf(LlmReply.Answer.class, reply).text());
        server.verify(2, postRequestedFor(urlEqualTo("/chat/completions")));
        // A lower bound only: the retry must not come before the second the server asked for.
        assertTrue(Duration.between(before, Instant.now()).toMillis() >= 1000);
    }

    @Test
    void still_rate_limited_after_the_retries_is_a_rate_limit_failure() {
        server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

        assertEquals(LlmReply.Kind.RATE_LIMITED, kind(ask(server.baseUrl(), 1, new Sse.Chunks())));
        server.verify(2, postRequestedFor(urlEqualTo("/chat/completions")));
    }

    @Test
    void a_server_error_is_retried_then_reported_as_unavailable() {
        server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(500).withHeader("Retry-After", "0")));

        assertEquals(LlmReply.Kind.UNAVAILABLE, kind(ask(server.baseUrl(), 1, new Sse.Chunks())));
        server.verify(2, postRequestedFor(urlEqualTo("/chat/completions")));
    }

    @Test
    void a_bad_key_is_refused_at_once_without_retrying() {
        server.stubFor(post("/chat/completions").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided\"}}")));

        assertEquals(LlmReply.Kind.REFUSED, kind(ask(server.baseUrl(), 2, new Sse.Chunks())));
        server.verify(1, postRequestedFor(urlEqualTo("/chat/completions")));
    }

    @Test
    void a_stream_that_ends_before_its_finish_reason_is_cut_off() {
        server.stubFor(post("/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                .withBody(Sse.data(OpenAiChunks.text("The answer is")))));
        Sse.Chunks chunks = new Sse.Chunks();

        assertEquals(LlmReply.Kind.CUT_OFF, kind(ask(server.baseUrl(), 0, chunks)));
        assertEquals(List.of("The answer is"), chunks.received);
    }

    @Test
    void a_connection_dropped_in_the_middle_of_the_response_is_a_failure_not_an_exception() {
        server.stubFor(post("/chat/completions").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        LlmReply.Kind kind = kind(ask(server.baseUrl(), 0, new Sse.Chunks()));

        assertTrue(kind == LlmReply.Kind.UNAVAILABLE || kind == LlmReply.Kind.CUT_OFF, kind.name());
    }

    @Test
    void a_provider_nobody_listens_for_is_unavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertEquals(LlmReply.Kind.UNAVAILABLE, kind(ask("http://127.0.0.1:" + closedPort, 0, new Sse.Chunks())));
    }

    @Test
    void a_client_that_went_away_abandons_the_stream() {
        server.stubFor(post("/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                .withBody(Sse.data(OpenAiChunks.text("one "), OpenAiChunks.text("two "), OpenAiChunks.text("three"),
                        OpenAiChunks.finish("stop"), "[DONE]"))));
        Sse.Chunks chunks = new Sse.Chunks(1);

        assertEquals(LlmReply.Kind.CANCELLED, kind(ask(server.baseUrl(), 0, chunks)));
        assertEquals(List.of("one "), chunks.received);
    }
}
