package org.botserver.bootstrap;

import java.util.Optional;
import java.util.function.BiFunction;
import org.botserver.application.bot.BotCatalog;
import org.botserver.domain.bot.BotId;

/**
 * Looks a setting up in the bot's own config.csv first and falls back to the server-wide value, so an
 * operator sets defaults once and a bot team overrides them in its package (hot-reloaded with it).
 */
final class BotConfigFirst {

    private final BotCatalog bots;
    private final BiFunction<BotId, String, Optional<String>> serverWide;

    BotConfigFirst(BotCatalog bots, BiFunction<BotId, String, Optional<String>> serverWide) {
        this.bots = bots;
        this.serverWide = serverWide;
    }

    /** The value of a config.csv key ("llm-url", "whatsapp-app-secret") for the bot. */
    Optional<String> value(BotId bot, String key) {
        return bots.find(bot).flatMap(found -> found.config().text(key)).filter(text -> !text.isBlank())
                .or(() -> serverWide.apply(bot, key));
    }
}
