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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sandboxed JavaScript on the running server (GraalJS inside the WAR): a dialog's RUN JS gives a value, an endless
 * loop and reaches for Java and the network fail plainly and are trapped, and the bot's scripted language model (its own
 * config.csv points at a local OpenAI-compatible stub) calls the bot's .js tool, whose value it gets back.
 */
class JavaScriptIT {

    private static final String START = """
            doubled = RUN JS "args[0] * 2", 21
            TALK "Doubled: " & doubled
            ON ERROR RESUME NEXT
            x = RUN JAVASCRIPT "while (true) {}"
            TALK "Loop: " & ERROR MESSAGE
            y = RUN JS "java.lang.System.exit(1)"
            TALK "Java: " & ERROR MESSAGE
            z = RUN JS "fetch('http://127.0.0.1/') || load('/etc/passwd')"
            TALK "Network: " & ERROR MESSAGE
            ADD TOOL "vat.js"
            TALK "Ask me about VAT."
            """;
    private static final String VAT = """
            /**
             * Adds VAT to a net amount.
             * @param {number} amount - the net amount
             * @param {"PT"|"ES"} [country] - where it is sold
             */
            const rate = country === "PT" ? 0.25 : 0.2;
            return { gross: amount * (1 + rate), country };
            """;
    /** The test server polls every second; a few polls of slack for a loaded build machine. */
    private static final Duration WITHIN = Duration.ofSeconds(15);

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


    private String deploy() throws Exception {
        String bot = "js-" + Long.toHexString(System.nanoTime());
        Path root = Path.of(System.getProperty("it.bots.dir")).resolve(bot + ".gbai");
        Files.createDirectories(root.resolve(bot + ".gbdialog"));
        Files.createDirectories(root.resolve(bot + ".gbot"));
        Files.writeString(root.resolve(bot + ".gbot/config.csv"), "name,value\nllm-provider,openai\nllm-url,"
                + model.baseUrl() + "/v1\nllm-model,stub-model\nllm-key,it-key\n");
        Files.writeString(root.resolve(bot + ".gbdialog/vat.js"), VAT);
        Files.writeString(root.resolve(bot + ".gbdialog/start.bas"), START);
        Instant deadline = Instant.now().plus(WITHIN);
        while (server.get("/api/bots/" + bot).status() != 200 && Instant.now().isBefore(deadline)) Thread.sleep(200);
        return bot;
    }

    @Test
    void a_dialog_runs_javascript_and_the_model_calls_the_bots_javascript_tool() throws Exception {
        String bot = deploy();
        model.stubFor(post("/v1/chat/completions").atPriority(2).withRequestBody(containing("VAT on 100 in Portugal?"))
                .willReturn(sse(ScriptedModel.toolCall("call_vat", "vat", "{\"amount\":100,\"country\":\"PT\"}"))));
        model.stubFor(post("/v1/chat/completions").atPriority(1).withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
                .willReturn(sse(ScriptedModel.answer("With VAT that is 125."))));

        Reply started = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + bot + "\"}");
        assertEquals(201, started.status(), started.body());
        List<String> greeting = started.replyContents();
        assertEquals("Doubled: 42", greeting.get(0));
        assertEquals("Loop: RUN JAVASCRIPT failed: script: the script ran more than 1,000,000 statements and was stopped.",
                greeting.get(1));
        // `java` is an empty package object under the sandbox: no class behind it, so System.exit is nothing.
        assertTrue(greeting.get(2).startsWith("Java: RUN JAVASCRIPT failed: script:1:1: TypeError: "), greeting.get(2));
        assertEquals("Network: RUN JAVASCRIPT failed: script:1:1: ReferenceError: fetch is not defined", greeting.get(3));
        assertEquals("Ask me about VAT.", greeting.get(4));

        List<String> answer = server.postJson("/api/conversations/" + started.json().getString("conversation_id")
                + "/messages", "{\"content\":\"VAT on 100 in Portugal?\"}").replyContents();

        assertEquals(List.of("With VAT that is 125."), answer);
        model.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.tools[0].function.name", equalTo("vat")))
                .withRequestBody(matchingJsonPath("$.tools[0].function.description", equalTo("Adds VAT to a net amount.")))
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')].content",
                        containing("{\"gross\":125,\"country\":\"PT\"}"))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sse(String body) {
        return aResponse().withHeader("Content-Type", "text/event-stream").withBody(body);
    }
}
