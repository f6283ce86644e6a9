package org.botserver.specs.llm;

import java.util.List;
import java.util.Objects;

/**
 * What one request to the scripted model carried: the system prompt (with the bot's context and knowledge-base
 * grounding in it), the user's last words, and the names of the tools offered.
 */
public record ModelRequestSeen(String systemPrompt, String userText, List<String> tools) {

    public ModelRequestSeen {
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(userText, "userText");
        tools = List.copyOf(tools);
    }
}
