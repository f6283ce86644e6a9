package org.botserver.adapter.out.llm.anthropic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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

class AnthropicFailuresTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final AnthropicLanguageModel model = new AnthropicLanguageModel();

    @AfterEach
    void close() {
        model.close();
    }

    private LlmReply ask(int retries, Sse.Chunks chunks) {
        return model.complete(new LlmRequest(Sse.settings(LlmSettings.Provider.ANTHROPIC, server.baseUrl(), retries), "sys",
                List.of(new ChatEntry.User("Hi")), List.of()), chunks);
    }

    private static LlmReply.Kind kind(LlmReply reply) {
        return assertInstanceOf(LlmReply.Failure.class, reply).kind();
    }

    private void respond(String events) {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(events)));
    }

    @Test
    void a_429_is_retried_after_the_time_its_retry_after_header_asks_for() {
        server.stubFor(post("/v1/messages").inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}"))
                .willSetStateTo("free"));
        server.stubFor(post("/v1/messages").inScenario("busy").whenScenarioStateIs("free")
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                        .withBody(AnthropicEvents.start(3) + AnthropicEvents.text(0, "Hi!") + AnthropicEvents.end("end_turn", 2))));
        Instant before = Instant.now();

        LlmReply reply = ask(2, new Sse.Chunks());

        assertEquals("Hi!", assertInstanceOf(LlmReply.Answer.class, reply).text());
        server.verify(2, postRequestedFor(urlEqualTo("/v1/messages")));
        assertTrue(Duration.between(before, Instant.now()).toMillis() >= 1000);
    }

    @Test
    void an_overloaded_error_event_in_the_stream_is_unavailable() {
        respond(AnthropicEvents.start(3) + AnthropicEvents.error("overloaded_error", "Overloaded"));

        assertEquals(LlmReply.Kind.UNAVAILABLE, kind(ask(0, new Sse.Chunks())));
    }

    @Test
    void a_stream_that_ends_before_message_stop_is_cut_off() {
        respond(AnthropicEvents.start(3) + AnthropicEvents.text(0, "The answer "));
        Sse.Chunks chunks = new Sse.Chunks();

        assertEquals(LlmReply.Kind.CUT_OFF, kind(ask(0, chunks)));
        assertEquals(List.of("The answer "), chunks.received);
    }

    @Test
    void an_unknown_model_is_refused() {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(404)
                .withBody("{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"model: nope\"}}")));

        assertEquals(LlmReply.Kind.REFUSED, kind(ask(2, new Sse.Chunks())));
        server.verify(1, postRequestedFor(urlEqualTo("/v1/messages")));
    }
}
