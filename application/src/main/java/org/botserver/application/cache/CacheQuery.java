package org.botserver.application.cache;

import java.util.Objects;
import org.botserver.domain.bot.BotId;

/**
 * What an answer depends on: the bot, the model, the system prompt, the session's tools, the history the
 * model is shown, and the user's message, under the bot's cache settings. {@code tools} and {@code history}
 * are any text that changes whenever they change, e.g. the {@code toString()} of their lists of records.
 */
public record CacheQuery(BotId bot, String model, String systemPrompt, String tools, String history,
                         String message, CacheSettings settings) {

    public CacheQuery {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(model, "model");
        systemPrompt = systemPrompt == null ? "" : systemPrompt;
        tools = tools == null ? "" : tools;
        history = history == null ? "" : history;
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(settings, "settings");
    }
}
