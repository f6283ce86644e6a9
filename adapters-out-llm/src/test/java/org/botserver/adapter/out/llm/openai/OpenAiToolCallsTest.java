package org.botserver.adapter.out.llm.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import org.botserver.application.llm.ToolCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenAiToolCallsTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OpenAiLanguageModel model = new OpenAiLanguageModel();

    @AfterEach
    void close() {
        model.close();
    }

    private LlmRequest request(List<ChatEntry> entries) {
        return new LlmRequest(Sse.settings(LlmSettings.Provider.OPENAI, server.baseUrl(), 0), "sys", entries,
                List.of(OpenAiStreamingTest.WEATHER));
    }

    private void answer(String... chunks) {
        server.stubFor(post("/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                .withBody(Sse.data(chunks))));
    }

    @Test
    void tool_calls_are_assembled_from_their_deltas_by_index() {
        answer(OpenAiChunks.toolCallStart(0, "call_a", "weather"), OpenAiChunks.toolCallStart(1, "call_b", "weather"),
                OpenAiChunks.toolCallArguments(0, "{\"ci"), OpenAiChunks.toolCallArguments(1, "{\"city\":\"Porto\"}"),
                OpenAiChunks.toolCallArguments(0, "ty\":\"Lisbon\"}"), OpenAiChunks.finish("tool_calls"), "[DONE]");

        LlmReply reply = model.complete(request(List.of(new ChatEntry.User("Weather in Lisbon and Porto?"))), new Sse.Chunks());

        assertEquals(List.of(new ToolCall("call_a", "weather", "{\"city\":\"Lisbon\"}"),
                new ToolCall("call_b", "weather", "{\"city\":\"Porto\"}")),
                assertInstanceOf(LlmReply.Answer.class, reply).calls());
    }

    @Test
    void malformed_tool_arguments_are_handed_on_as_written_and_their_refusal_goes_back_to_the_model() {
        answer(OpenAiChunks.toolCallStart(0, "call_x", "weather"), OpenAiChunks.toolCallArguments(0, "{\"city\": \"Lis"),
                OpenAiChunks.finish("tool_calls"), "[DONE]");
        ToolCall broken = assertInstanceOf(LlmReply.Answer.class,
                model.complete(request(List.of(new ChatEntry.User("Weather?"))), new Sse.Chunks())).calls().getFirst();
        assertEquals("{\"city\": \"Lis", broken.arguments());
        answer(OpenAiChunks.text("Which city?"), OpenAiChunks.finish("stop"), "[DONE]");

        model.complete(request(List.of(new ChatEntry.User("Weather?"), new ChatEntry.Assistant("", List.of(broken)),
                new ChatEntry.ToolResult(broken, "The arguments are not valid JSON", true))), new Sse.Chunks());

        server.verify(postRequestedFor(urlEqualTo("/chat/completions"))
                .withRequestBody(matchingJsonPath("$.messages[2].tool_calls[0].id", equalTo("call_x")))
                .withRequestBody(matchingJsonPath("$.messages[2].tool_calls[0].function.arguments", equalTo("{\"city\": \"Lis")))
                .withRequestBody(matchingJsonPath("$.messages[3].role", equalTo("tool")))
                .withRequestBody(matchingJsonPath("$.messages[3].tool_call_id", equalTo("call_x")))
                .withRequestBody(matchingJsonPath("$.messages[3].content", equalTo("Error: The arguments are not valid JSON"))));
    }

    @Test
    void text_before_the_tool_calls_is_kept_with_them() {
        answer(OpenAiChunks.text("Let me check. "), OpenAiChunks.toolCallStart(0, "call_1", "weather"),
                OpenAiChunks.toolCallArguments(0, "{\"city\":\"Faro\"}"), OpenAiChunks.finish("tool_calls"), "[DONE]");

        LlmReply.Answer answer = assertInstanceOf(LlmReply.Answer.class,
                model.complete(request(List.of(new ChatEntry.User("Faro?"))), new Sse.Chunks()));

        assertEquals("Let me check. ", answer.text());
        assertEquals(1, answer.calls().size());
    }
}
