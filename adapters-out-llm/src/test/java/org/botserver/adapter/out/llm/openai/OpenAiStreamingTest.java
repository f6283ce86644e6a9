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
import org.botserver.application.llm.TokenUsage;
import org.botserver.domain.basic.ToolDefinition;
import org.botserver.domain.basic.ToolParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenAiStreamingTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OpenAiLanguageModel model = new OpenAiLanguageModel();

    @AfterEach
    void close() {
        model.close();
    }

    static final ToolDefinition WEATHER = new ToolDefinition("weather", "Tells the weather",
            List.of(new ToolParameter("city", "STRING", null, "The city", List.of(), false)));

    private LlmRequest request(List<ChatEntry> entries) {
        return new LlmRequest(Sse.settings(LlmSettings.Provider.OPENAI, server.baseUrl() + "/v1", 0),
                "You are terse.", entries, List.of(WEATHER));
    }

    @Test
    void text_chunks_are_streamed_as_they_arrive_and_the_answer_comes_whole_with_its_usage() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                .withBody(Sse.data(OpenAiChunks.text("Lisbon "), OpenAiChunks.text("is sunny."),
                        OpenAiChunks.finish("stop"), OpenAiChunks.usage(42, 7), "[DONE]"))));
        Sse.Chunks chunks = new Sse.Chunks();

        LlmReply reply = model.complete(request(List.of(new ChatEntry.User("Weather?"))), chunks);

        LlmReply.Answer answer = assertInstanceOf(LlmReply.Answer.class, reply);
        assertEquals("Lisbon is sunny.", answer.text());
        assertEquals(List.of("Lisbon ", "is sunny."), chunks.received);
        assertEquals(new TokenUsage(42, 7), answer.usage());
        assertEquals(List.of(), answer.calls());
    }

    @Test
    void the_request_carries_the_model_settings_system_prompt_history_and_function_tools() {
        server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                .withBody(Sse.data(OpenAiChunks.text("ok"), OpenAiChunks.finish("stop"), "[DONE]"))));

        model.complete(request(List.of(new ChatEntry.User("Hi"), new ChatEntry.Assistant("Hello!"),
                new ChatEntry.User("Weather?"))), new Sse.Chunks());

        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("test-model")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("256")))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.3")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo("You are terse.")))
                .withRequestBody(matchingJsonPath("$.messages[2].role", equalTo("assistant")))
                .withRequestBody(matchingJsonPath("$.messages[3].content", equalTo("Weather?")))
                .withRequestBody(matchingJsonPath("$.tools[0].type", equalTo("function")))
                .withRequestBody(matchingJsonPath("$.tools[0].function.name", equalTo("weather")))
                .withRequestBody(matchingJsonPath("$.tools[0].function.parameters.required[0]", equalTo("city"))));
    }
}
