package org.botserver.specs.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.adapter.out.llm.LanguageModels;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.application.llm.ChatEntry;
import org.botserver.application.llm.LlmReply;
import org.botserver.application.llm.LlmRequest;
import org.botserver.application.llm.LlmSettings;
import org.botserver.application.llm.LlmSettingsReader;
import org.botserver.application.llm.TokenUsage;
import org.botserver.application.llm.ToolCall;
import org.botserver.domain.basic.ToolDefinition;
import org.botserver.domain.basic.ToolParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scripted server against the server's own OpenAI adapter: streamed answers, tool calls as deltas, and the
 * tool results (and errors) of the follow-up request recorded, as a BotServer pointed at it would see them.
 */
class ScriptedServerSpeaksToTheOpenAiAdapterTest {

    private final ScriptedModelServer server = ScriptedModelServer.on(0);
    private final ModelScript script = server.newScript();
    private final LanguageModels adapter = new LanguageModels();
    private final Map<String, String> config = Map.of("llm-url", server.url().toString(), "llm-model", "scripted",
            "llm-key", "k", "llm-retries", "0");
    private final LlmSettings settings = LlmSettingsReader.read(name -> Optional.ofNullable(config.get(name))).orElseThrow();
    private final ToolDefinition tool = new ToolDefinition("create-ticket", "Opens a ticket",
            List.of(new ToolParameter("priority", "INTEGER", "", "1 to 3", List.of(), false)));

    @AfterEach
    void stop() {
        adapter.close();
        server.stop();
    }

    @Test
    void a_scripted_answer_arrives_streamed() {
        script.answer("We are open from 9 to 5.");
        List<String> chunks = new ArrayList<>();

        LlmReply reply = adapter.complete(request(List.of(new ChatEntry.User("Open when?"))), collecting(chunks));

        assertEquals(new LlmReply.Answer("We are open from 9 to 5.", List.of(), TokenUsage.NONE), reply);
        assertEquals(List.of("We are open from 9 to 5."), chunks);
    }

    @Test
    void a_scripted_tool_call_arrives_and_its_result_is_recorded_from_the_next_request() {
        script.callTool("create-ticket", Map.of("priority", "2"));
        ChatEntry.User question = new ChatEntry.User("Help");

        LlmReply first = adapter.complete(request(List.of(question)), ReplyStream.none());
        ToolCall call = new ToolCall("call_1", "create-ticket", "{\"priority\":2}");
        LlmReply second = adapter.complete(request(List.of(question, new ChatEntry.Assistant("", List.of(call)),
                new ChatEntry.ToolResult(call, "Ticket 7 opened", false))), ReplyStream.none());

        assertEquals(new LlmReply.Answer("", List.of(call), TokenUsage.NONE), first);
        assertEquals(new LlmReply.Answer("Ticket 7 opened", List.of(), TokenUsage.NONE), second);
        assertEquals(List.of(new ToolRun("create-ticket", Map.of("priority", "2"), "Ticket 7 opened", false)), script.runs());
    }

    @Test
    void a_tool_error_sent_back_is_recorded_as_a_failed_run() {
        script.callTool("create-ticket", Map.of("priority", "soon"));
        ChatEntry.User question = new ChatEntry.User("Help");
        adapter.complete(request(List.of(question)), ReplyStream.none());
        ToolCall call = new ToolCall("call_1", "create-ticket", "{\"priority\":\"soon\"}");

        adapter.complete(request(List.of(question, new ChatEntry.Assistant("", List.of(call)),
                new ChatEntry.ToolResult(call, "priority must be an integer", true))), ReplyStream.none());

        assertEquals(List.of(new ToolRun("create-ticket", Map.of("priority", "soon"), "priority must be an integer", true)),
                script.runs());
    }

    private LlmRequest request(List<ChatEntry> entries) {
        return new LlmRequest(settings, "You are a helpdesk.", entries, List.of(tool));
    }

    private static ReplyStream collecting(List<String> chunks) {
        return new ReplyStream() {
            @Override public void chunk(String delta) { chunks.add(delta); }

            @Override public boolean cancelled() { return false; }
        };
    }
}
