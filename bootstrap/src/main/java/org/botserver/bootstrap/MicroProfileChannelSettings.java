package org.botserver.bootstrap;

import java.util.Optional;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.domain.bot.BotId;
import org.eclipse.microprofile.config.Config;

/**
 * Channel settings from MicroProfile Config until config.csv is read per bot: {@code bot.<bot>.<key>}
 * (environment: BOT_HELLO_WHATSAPP_APP_SECRET), else the server-wide {@code <key>} (WHATSAPP_APP_SECRET).
 * Read on every call, so a changed value applies without a restart.
 */
final class MicroProfileChannelSettings implements ChannelSettings {

    private final Config config;

    MicroProfileChannelSettings(Config config) {
        this.config = config;
    }

    @Override
    public Optional<String> get(BotId bot, String key) {
        return config.getOptionalValue("bot." + bot.value() + "." + key, String.class)
                .or(() -> config.getOptionalValue(key, String.class));
    }
}
