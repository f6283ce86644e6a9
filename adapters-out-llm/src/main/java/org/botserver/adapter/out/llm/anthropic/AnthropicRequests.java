package org.botserver.adapter.out.llm.anthropic;

import com.anthropic.core.JsonValue;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlockParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.adapter.out.llm.ToolSchemas;
import org.botserver.application.llm.ChatEntry;
import org.botserver.application.llm.LlmRequest;
import org.botserver.application.llm.ToolCall;
import org.botserver.domain.basic.ToolDefinition;

/**
 * A model call as Messages parameters. The API wants the conversation to open with the user and tool results
 * in the user message right after the tool uses, so the bot's opening lines are left out and consecutive
 * tool results are sent together.
 */
final class AnthropicRequests {

    private AnthropicRequests() {
    }

    static MessageCreateParams of(LlmRequest request) {
        var params = MessageCreateParams.builder()
                .model(request.settings().model())
                .maxTokens(request.settings().maxTokens())
                .putAdditionalBodyProperty("temperature", JsonValue.from(request.settings().temperature()))
                .system(request.systemPrompt());
        List<ContentBlockParam> results = new ArrayList<>();
        boolean opened = false;
        for (ChatEntry entry : request.entries()) {
            if (!(entry instanceof ChatEntry.ToolResult) && !results.isEmpty()) {
                params.addUserMessageOfContentBlockParams(List.copyOf(results));
                results.clear();
            }
            switch (entry) {
                case ChatEntry.User user -> {
                    params.addUserMessage(user.text());
                    opened = true;
                }
                case ChatEntry.Assistant assistant -> {
                    if (opened) params.addAssistantMessageOfContentBlockParams(blocks(assistant));
                }
                case ChatEntry.ToolResult result -> results.add(ContentBlockParam.ofToolResult(
                        ToolResultBlockParam.builder().toolUseId(result.call().id()).content(result.content())
                                .isError(result.error()).build()));
            }
        }
        if (!results.isEmpty()) params.addUserMessageOfContentBlockParams(List.copyOf(results));
        request.tools().forEach(tool -> params.addTool(tool(tool)));
        return params.build();
    }

    private static List<ContentBlockParam> blocks(ChatEntry.Assistant assistant) {
        List<ContentBlockParam> blocks = new ArrayList<>();
        if (!assistant.text().isBlank()) blocks.add(ContentBlockParam.ofText(assistant.text()));
        for (ToolCall call : assistant.calls()) {
            blocks.add(ContentBlockParam.ofToolUse(ToolUseBlockParam.builder().id(call.id()).name(call.name())
                    .input(ToolUseBlockParam.Input.builder().putAllAdditionalProperties(json(ToolSchemas.arguments(call.arguments()))).build())
                    .build()));
        }
        return blocks;
    }

    private static Tool tool(ToolDefinition tool) {
        return Tool.builder()
                .name(tool.name())
                .description(tool.description())
                .inputSchema(Tool.InputSchema.builder()
                        .properties(Tool.InputSchema.Properties.builder()
                                .putAllAdditionalProperties(json(ToolSchemas.properties(tool))).build())
                        .required(ToolSchemas.required(tool))
                        .build())
                .build();
    }

    private static Map<String, JsonValue> json(Map<String, Object> values) {
        Map<String, JsonValue> json = new LinkedHashMap<>();
        values.forEach((key, value) -> json.put(key, JsonValue.from(value)));
        return json;
    }
}
