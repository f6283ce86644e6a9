package org.botserver.adapter.out.llm.anthropic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.botserver.adapter.out.llm.Sse;
import org.botserver.application.llm.ChatEntry;
import org.botserver.application.llm.LlmReply;
import org.botserver.application.llm.LlmRequest;
import org.botserver.application.llm.LlmSettings;
import org.botserver.application.llm.TokenUsage;
import org.botserver.application.llm.ToolCall;
import org.botserver.domain.basic.ToolDefinition;
import org.botserver.domain.basic.ToolParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnthropicMessagesTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final ToolDefinition WEATHER = new ToolDefinition("weather", "Tells the weather",
            List.of(new ToolParameter("city", "STRING", null, "The city", List.of(), false)));

    private final AnthropicLanguageModel model = new AnthropicLanguageModel();

    @AfterEach
    void close() {
        model.close();
    }

    private LlmReply ask(List<ChatEntry> entries, Sse.Chunks chunks) {
        return model.complete(new LlmRequest(Sse.settings(LlmSettings.Provider.ANTHROPIC, server.baseUrl(), 0),
                "You are terse.", entries, List.of(WEATHER)), chunks);
    }

    private void respond(String events) {
        server.stubFor(post("/v1/messages").willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(events)));
    }

    @Test
    void text_deltas_are_streamed_and_a_tool_use_gets_its_input_from_the_json_deltas() {
        respond(AnthropicEvents.start(25) + AnthropicEvents.text(0, "Let me ", "check.")
                + AnthropicEvents.toolUse(1, "toolu_01", "weather", "{\"city\": ", "\"Lisbon\"}")
                + AnthropicEvents.end("tool_use", 17));
        Sse.Chunks chunks = new Sse.Chunks();

        LlmReply.Answer answer = assertInstanceOf(LlmReply.Answer.class, ask(List.of(new ChatEntry.User("Weather?")), chunks));

        assertEquals("Let me check.", answer.text());
        assertEquals(List.of("Let me ", "check."), chunks.received);
        assertEquals(List.of(new ToolCall("toolu_01", "weather", "{\"city\": \"Lisbon\"}")), answer.calls());
        assertEquals(new TokenUsage(25, 17), answer.usage());
    }

    @Test
    void the_request_opens_with_the_user_and_answers_tool_uses_with_tool_results() {
        respond(AnthropicEvents.start(5) + AnthropicEvents.text(0, "Sunny.") + AnthropicEvents.end("end_turn", 2));
        ToolCall call = new ToolCall("toolu_01", "weather", "{\"city\":\"Lisbon\"}");

        ask(List.of(new ChatEntry.Assistant("Hello! I am the weather bot."), new ChatEntry.User("Weather in Lisbon?"),
                new ChatEntry.Assistant("", List.of(call)), new ChatEntry.ToolResult(call, "sunny in Lisbon", false)),
                new Sse.Chunks());

        server.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                // The SDK (3.13, API version 2026-10-21) sends the key as a bearer token.
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withHeader("anthropic-version", matching("\\d{4}-\\d{2}-\\d{2}"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("test-model")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("256")))
                .withRequestBody(matchingJsonPath("$.system", equalTo("You are terse.")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("user")))
                .withRequestBody(matchingJsonPath("$.messages[1].content[0].type", equalTo("tool_use")))
                .withRequestBody(matchingJsonPath("$.messages[1].content[0].input.city", equalTo("Lisbon")))
                .withRequestBody(matchingJsonPath("$.messages[2].role", equalTo("user")))
                .withRequestBody(matchingJsonPath("$.messages[2].content[0].type", equalTo("tool_result")))
                .withRequestBody(matchingJsonPath("$.messages[2].content[0].tool_use_id", equalTo("toolu_01")))
                .withRequestBody(matchingJsonPath("$.messages[2].content[0].content", equalTo("sunny in Lisbon")))
                .withRequestBody(matchingJsonPath("$.tools[0].name", equalTo("weather")))
                .withRequestBody(matchingJsonPath("$.tools[0].input_schema.required[0]", equalTo("city"))));
    }

    @Test
    void malformed_tool_input_is_handed_on_as_written() {
        respond(AnthropicEvents.start(5) + AnthropicEvents.toolUse(0, "toolu_02", "weather", "{\"city\": \"Lis")
                + AnthropicEvents.end("tool_use", 4));

        LlmReply.Answer answer = assertInstanceOf(LlmReply.Answer.class, ask(List.of(new ChatEntry.User("?")), new Sse.Chunks()));

        assertEquals("{\"city\": \"Lis", answer.calls().getFirst().arguments());
    }
}
