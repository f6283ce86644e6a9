package org.botserver.bootstrap;

import java.lang.System.Logger.Level;
import java.util.Optional;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.llm.LlmSettings;
import org.botserver.application.llm.LlmSettingsReader;
import org.botserver.application.llm.LlmSettingsSource;
import org.botserver.domain.bot.BotId;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A bot's language model: its config.csv keys ({@code llm-url}, {@code llm-model}...) first, else the server's
 * MicroProfile Config, where {@code llm-url} is read as {@code llm.url}, so the environment variable
 * {@code LLM_URL} or a server.xml variable {@code llm.url} sets it. Read on every call, so a changed package or
 * server.xml takes effect without a restart.
 */
final class ServerLlmSettings implements LlmSettingsSource {

    private static final System.Logger LOG = System.getLogger(ServerLlmSettings.class.getName());

    private final BotConfigFirst settings;

    ServerLlmSettings(BotCatalog bots) {
        this.settings = new BotConfigFirst(bots, ServerLlmSettings::serverWide);
    }

    @Override
    public Optional<LlmSettings> forBot(BotId bot) {
        try {
            return LlmSettingsReader.read(name -> settings.value(bot, name));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The language model settings for bot {0} are not usable: {1}", bot, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> serverWide(BotId bot, String name) {
        return ConfigProvider.getConfig().getOptionalValue(name.replace('-', '.'), String.class);
    }
}
