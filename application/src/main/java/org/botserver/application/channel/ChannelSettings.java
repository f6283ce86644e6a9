package org.botserver.application.channel;

import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.Port;

/**
 * A bot's channel settings by their config.csv key ("whatsapp-app-secret", "telegram-bot-token"...);
 * empty when the bot has none, so that channel is off for it. A plain port rather than a secondary one: the
 * webhooks read it (to check signatures) as much as the senders do (for tokens).
 */
@Port
@FunctionalInterface
public interface ChannelSettings {

    Optional<String> get(BotId bot, String key);
}
