package org.botserver.adapter.out.llm.openai;

import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import java.util.LinkedHashMap;
import java.util.Map;
import org.botserver.adapter.out.llm.ToolSchemas;
import org.botserver.application.llm.ChatEntry;
import org.botserver.application.llm.LlmRequest;
import org.botserver.application.llm.ToolCall;
import org.botserver.domain.basic.ToolDefinition;

/** A model call as Chat Completions parameters: system message, history, tool results and function tools. */
final class OpenAiRequests {

    private OpenAiRequests() {
    }

    static ChatCompletionCreateParams of(LlmRequest request) {
        var params = ChatCompletionCreateParams.builder()
                .model(request.settings().model())
                .temperature(request.settings().temperature())
                // max_tokens rather than max_completion_tokens: every compatible server understands it.
                .maxTokens(request.settings().maxTokens())
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
                .addSystemMessage(request.systemPrompt());
        for (ChatEntry entry : request.entries()) {
            switch (entry) {
                case ChatEntry.User user -> params.addUserMessage(user.text());
                case ChatEntry.Assistant assistant -> params.addMessage(assistant(assistant));
                case ChatEntry.ToolResult result -> params.addMessage(ChatCompletionToolMessageParam.builder()
                        .toolCallId(result.call().id())
                        .content(result.error() ? "Error: " + result.content() : result.content())
                        .build());
            }
        }
        request.tools().forEach(tool -> params.addTool(function(tool)));
        return params.build();
    }

    private static ChatCompletionAssistantMessageParam assistant(ChatEntry.Assistant assistant) {
        var message = ChatCompletionAssistantMessageParam.builder().content(assistant.text());
        for (ToolCall call : assistant.calls()) {
            message.addToolCall(ChatCompletionMessageFunctionToolCall.builder()
                    .id(call.id())
                    .function(ChatCompletionMessageFunctionToolCall.Function.builder()
                            .name(call.name()).arguments(call.arguments()).build())
                    .build());
        }
        return message.build();
    }

    private static ChatCompletionFunctionTool function(ToolDefinition tool) {
        Map<String, JsonValue> schema = new LinkedHashMap<>();
        ToolSchemas.schema(tool).forEach((key, value) -> schema.put(key, JsonValue.from(value)));
        return ChatCompletionFunctionTool.builder()
                .function(FunctionDefinition.builder()
                        .name(tool.name())
                        .description(tool.description())
                        .parameters(FunctionParameters.builder().putAllAdditionalProperties(schema).build())
                        .build())
                .build();
    }
}
