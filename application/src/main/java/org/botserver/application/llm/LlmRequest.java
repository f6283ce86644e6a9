package org.botserver.application.llm;

import java.util.List;
import java.util.Objects;
import org.botserver.domain.basic.ToolDefinition;

/** One call to the model: with which settings, under which system prompt, the conversation so far and the tools. */
public record LlmRequest(LlmSettings settings, String systemPrompt, List<ChatEntry> entries, List<ToolDefinition> tools) {

    public LlmRequest {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        entries = List.copyOf(entries);
        tools = List.copyOf(tools);
        if (entries.isEmpty()) throw new IllegalArgumentException("A model call needs at least the user's message.");
    }
}
