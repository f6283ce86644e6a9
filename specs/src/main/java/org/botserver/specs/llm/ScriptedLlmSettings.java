package org.botserver.specs.llm;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.llm.LlmSettings;
import org.botserver.application.llm.LlmSettingsReader;
import org.botserver.application.llm.LlmSettingsSource;
import org.botserver.domain.bot.BotId;

/**
 * A bot's language-model settings for in-process runs: read from its config.csv as the server reads them, with
 * the model always the scripted one (llm-url is ignored). A bot has a model when its config.csv names one, as on
 * a server, or when the scenario scripted the model, since a bot team's server may configure it server-wide.
 */
public final class ScriptedLlmSettings implements LlmSettingsSource {

    private static final System.Logger LOG = System.getLogger(ScriptedLlmSettings.class.getName());
    private static final String SCRIPTED_URL = "http://scripted-llm.invalid/v1";

    private final BotCatalog bots;
    private final ModelScript script;

    public ScriptedLlmSettings(BotCatalog bots, ModelScript script) {
        this.bots = Objects.requireNonNull(bots, "bots");
        this.script = Objects.requireNonNull(script, "script");
    }

    @Override
    public Optional<LlmSettings> forBot(BotId bot) {
        boolean named = value(bot, "llm-url").or(() -> value(bot, "llm-provider")).isPresent();
        if (!named && !script.isScripted()) return Optional.empty();
        try {
            return LlmSettingsReader.read(name -> name.equals("llm-url") ? Optional.of(SCRIPTED_URL) : value(bot, name));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The language model settings for bot {0} are not usable: {1}", bot, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<String> value(BotId bot, String key) {
        return bots.find(bot).flatMap(found -> found.config().text(key)).filter(text -> !text.isBlank());
    }
}
