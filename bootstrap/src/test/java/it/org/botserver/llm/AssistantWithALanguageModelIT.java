package it.org.botserver.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import it.org.botserver.ServerClient;
import it.org.botserver.WsClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assistant bot (bots/assistant.gbai) on the running server with a scripted language model: a local server
 * speaking the OpenAI wire format, pointed to by the server's configuration.
 */
class AssistantWithALanguageModelIT {

    private static WireMockServer model;
    private final ServerClient server = new ServerClient();

    @BeforeAll
    static void startTheScriptedModel() {
        model = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        model.start();
    }

    @AfterAll
    static void stopTheScriptedModel() {
        model.stop();
    }

    @AfterEach
    void leaveTheServerWithoutAModel() {
        ServerLlmConfig.clear();
    }

    private void pointTheServerAtTheScriptedModel() {
        model.resetAll();
        model.stubFor(post("/v1/chat/completions").atPriority(10).willReturn(sse(ScriptedModel.answer("Ready."))));
        ServerLlmConfig.set(Map.of("llm.provider", "openai", "llm.url", model.baseUrl() + "/v1", "llm.model", "stub-model",
                "llm.key", "it-key"), answer -> answer.equals("Ready."));
        model.resetRequests();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sse(String body) {
        return aResponse().withHeader("Content-Type", "text/event-stream").withBody(body);
    }

    @Test
    void without_a_language_model_the_bot_says_so_plainly_and_its_dialogs_keep_working() {
        ServerLlmConfig.clear();

        String answer = ServerLlmConfig.answerTo(server, "What can you do?");
        String dialog = server.postJson("/api/conversations/" + server.startHello() + "/messages", "{\"content\":\"Ana\"}")
                .json().getJsonArray("replies").getJsonObject(0).getString("content");

        assertTrue(answer.contains(ServerLlmConfig.NOT_CONFIGURED), answer);
        assertEquals("Nice to meet you, Ana!", dialog);
    }

    @Test
    void the_model_calls_the_tool_whose_talk_the_user_sees_and_whose_result_the_model_gets_before_it_answers() {
        pointTheServerAtTheScriptedModel();
        model.stubFor(post("/v1/chat/completions").atPriority(2).withRequestBody(containing("Where is my order 42?"))
                .willReturn(sse(ScriptedModel.toolCall("call_42", "order-status", "{\"order\":42}"))));
        model.stubFor(post("/v1/chat/completions").atPriority(1).withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
                .willReturn(sse(ScriptedModel.answer("Order 42 ", "arrives ", "tomorrow."))));

        List<JsonObject> frames = new ArrayList<>();
        try (WsClient ws = WsClient.connect("?bot_id=assistant")) {
            while (!ws.next().getString("type").equals("status")) {
                // the greeting, up to the status that ends the first turn
            }
            ws.sendMessage("Where is my order 42?");
            for (JsonObject frame = ws.next(); !frame.getString("type").equals("status"); frame = ws.next()) frames.add(frame);
        }

        assertEquals("Order 42 arrives tomorrow.", joined(frames, "chunk"));
        List<JsonObject> messages = frames.stream().filter(f -> f.getString("type").equals("message")).toList();
        assertEquals(List.of("Looking up order 42...", "Order 42 arrives tomorrow."),
                messages.stream().map(m -> m.getString("content")).toList());
        assertTrue(messages.stream().allMatch(m -> m.getBoolean("complete")), messages.toString());
        model.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer it-key"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("stub-model")))
                .withRequestBody(matchingJsonPath("$.tools[0].function.name", equalTo("order-status")))
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')].tool_call_id", containing("call_42")))
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')].content",
                        containing("Order 42 left the warehouse yesterday and arrives tomorrow."))));
    }

    @Test
    void a_provider_that_is_down_gets_a_plain_reply_and_no_stack_trace() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        ServerLlmConfig.set(Map.of("llm.provider", "openai", "llm.url", "http://127.0.0.1:" + closedPort + "/v1",
                "llm.retries", "0"), answer -> answer.contains("cannot reach my language model"));
        String answer = ServerLlmConfig.answerTo(server, "Hello?");

        assertTrue(answer.startsWith("Sorry, I cannot reach my language model right now."), answer);
        assertFalse(answer.contains("Exception") || answer.contains("at org."), answer);
    }

    private static String joined(List<JsonObject> frames, String type) {
        StringBuilder text = new StringBuilder();
        frames.stream().filter(f -> f.getString("type").equals(type)).forEach(f -> text.append(f.getString("content")));
        return text.toString();
    }
}
