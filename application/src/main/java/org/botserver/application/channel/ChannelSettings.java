package org.botserver.application.channel;

import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * A bot's channel settings by their config.csv key ("whatsapp-app-secret", "telegram-bot-token"...);
 * empty when the bot has none, so that channel is off for it.
 */
@SecondaryPort
@FunctionalInterface
public interface ChannelSettings {

    Optional<String> get(BotId bot, String key);
}
