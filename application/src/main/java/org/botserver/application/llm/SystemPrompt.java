package org.botserver.application.llm;

import java.util.Optional;
import org.botserver.domain.bot.Bot;

/**
 * The system prompt the model answers under: the package's PROMPT.md, else start.bas's BEGIN SYSTEM PROMPT block,
 * else the configured {@code system-prompt}; then the SET CONTEXT text, then the knowledge-base excerpts.
 */
final class SystemPrompt {

    static final String DEFAULT = "You are a helpful assistant. Answer briefly and plainly.";

    private SystemPrompt() {
    }

    static String of(Bot bot, LlmSettings settings, Optional<String> context) {
        String prompt = bot.source().prompt().filter(text -> !text.isBlank())
                .or(() -> bot.startDialog().systemPrompt().filter(text -> !text.isBlank()))
                .or(settings::systemPrompt).orElse(DEFAULT).strip();
        return context.map(text -> prompt + "\n\nContext:\n" + text.strip()).orElse(prompt);
    }

    static String of(Bot bot, LlmSettings settings, Optional<String> context, Grounding grounding) {
        String prompt = of(bot, settings, context);
        return grounding.isEmpty() ? prompt : prompt + "\n\n" + grounding.promptSection().strip();
    }
}
