package org.botserver.specs.llm;

import java.util.List;
import java.util.Objects;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.application.llm.ChatEntry;
import org.botserver.application.llm.LanguageModel;
import org.botserver.application.llm.LlmReply;
import org.botserver.application.llm.LlmRequest;
import org.botserver.application.llm.TokenUsage;
import org.botserver.application.llm.ToolCall;
import org.botserver.domain.basic.ToolDefinition;

/** The application's language-model port played from a script, for in-process runs: no HTTP, no provider. */
public final class ScriptedLanguageModel implements LanguageModel {

    private final ModelScript script;

    public ScriptedLanguageModel(ModelScript script) {
        this.script = Objects.requireNonNull(script, "script");
    }

    @Override
    public LlmReply complete(LlmRequest request, ReplyStream stream) {
        List<ToolResultSeen> results = request.entries().stream()
                .filter(ChatEntry.ToolResult.class::isInstance).map(ChatEntry.ToolResult.class::cast)
                .map(result -> new ToolResultSeen(result.call().id(), result.content(), result.error())).toList();
        String lastUserText = request.entries().stream().filter(ChatEntry.User.class::isInstance)
                .map(entry -> ((ChatEntry.User) entry).text()).reduce((first, second) -> second).orElse("");
        boolean afterTool = request.entries().getLast() instanceof ChatEntry.ToolResult;
        ModelRequestSeen seen = new ModelRequestSeen(request.systemPrompt(), lastUserText,
                request.tools().stream().map(ToolDefinition::name).toList());
        return switch (script.next(seen, results, afterTool)) {
            case ModelMove.Answer(var text) -> {
                // Streamed like a provider's answer, so a WebSocket-like client sees the same chunks.
                if (!text.isEmpty()) stream.chunk(text);
                yield new LlmReply.Answer(text, List.of(), TokenUsage.NONE);
            }
            case ModelMove.CallTool(var id, var tool, var arguments) ->
                    new LlmReply.Answer("", List.of(new ToolCall(id, tool, arguments)), TokenUsage.NONE);
        };
    }
}
