package it.org.botserver.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import it.org.botserver.ServerClient;
import it.org.botserver.WsClient;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assistant bot with its answer cache on (LLM_CACHE) in front of a scripted model: a question asked again,
 * or put in other words, is answered from the cache; the paraphrase is found by the in-process all-MiniLM-L6-v2,
 * so onnxruntime runs inside Liberty.
 */
class CachedAnswersIT {

    private static final String PASSWORD = "Open Settings, then Security, and choose Reset password.";
    private static final String ACCOUNT = "Open Settings, then Account, and choose Delete account.";
    private static final String FROM_THE_MODEL = "The model answered this one.";
    private static WireMockServer model;
    private final ServerClient server = new ServerClient();

    @BeforeAll
    static void pointTheServerAtAScriptedModelWithTheCacheOn() {
        model = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        model.start();
        model.stubFor(post("/v1/chat/completions").atPriority(10).willReturn(sse(ScriptedModel.answer("Ready."))));
        answer(2, "reset my password", PASSWORD);
        answer(2, "delete my account", ACCOUNT);
        answer(1, "How can I delete my account?", FROM_THE_MODEL);
        answer(2, "Do you ship internationally?", "Yes, to 40 countries.");
        answer(1, "Do you ship to other countries?", FROM_THE_MODEL);
        // The default threshold (0.95) and TTL: only the cache is switched on.
        ServerLlmConfig.set(Map.of("llm.provider", "openai", "llm.url", model.baseUrl() + "/v1", "llm.model", "cache-model",
                "llm.cache", "on"), answer -> answer.equals("Ready."));
    }

    @AfterAll
    static void leaveTheServerWithoutAModel() {
        try {
            ServerLlmConfig.clear();
        } finally {
            model.stop();
        }
    }

    private static void answer(int priority, String question, String answer) {
        model.stubFor(post("/v1/chat/completions").atPriority(priority).withRequestBody(containing(question))
                .willReturn(sse(ScriptedModel.answer(answer))));
    }

    private static ResponseDefinitionBuilder sse(String body) {
        return aResponse().withHeader("Content-Type", "text/event-stream").withBody(body);
    }

    private static int modelRequestsContaining(String text) {
        return model.countRequestsMatching(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing(text)).build()).getCount();
    }

    @Test
    void the_same_question_asked_again_is_answered_by_the_cache_and_the_model_is_asked_once() {
        String first = ServerLlmConfig.answerTo(server, "How do I reset my password?");
        String again = ServerLlmConfig.answerTo(server, "how do I reset   my password?");

        assertEquals(PASSWORD, first);
        assertEquals(PASSWORD, again);
        assertEquals(1, modelRequestsContaining("reset my password"));
    }

    @Test
    void a_paraphrase_is_answered_from_the_cache_over_the_websocket_as_one_chunk_and_the_whole_message() {
        assertEquals(ACCOUNT, ServerLlmConfig.answerTo(server, "How do I delete my account?"));

        List<JsonObject> frames = new ArrayList<>();
        try (WsClient ws = WsClient.connect("?bot_id=assistant")) {
            while (!ws.next().getString("type").equals("status")) {
                // the greeting, up to the status that ends the first turn
            }
            ws.sendMessage("How can I delete my account?");
            for (JsonObject frame = ws.next(); !frame.getString("type").equals("status"); frame = ws.next()) frames.add(frame);
        }

        assertEquals(List.of("chunk " + ACCOUNT, "message " + ACCOUNT),
                frames.stream().map(f -> f.getString("type") + " " + f.getString("content")).toList());
        assertEquals(0, modelRequestsContaining("How can I delete my account?"));
    }

    @Test
    void a_question_only_loosely_alike_goes_to_the_model() {
        assertEquals("Yes, to 40 countries.", ServerLlmConfig.answerTo(server, "Do you ship internationally?"));

        String loosely = ServerLlmConfig.answerTo(server, "Do you ship to other countries?");

        assertEquals(FROM_THE_MODEL, loosely);
        assertEquals(1, modelRequestsContaining("Do you ship to other countries?"));
    }
}
