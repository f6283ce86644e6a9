package org.botserver.application.llm;

import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Which language model a bot talks to; empty when none is configured for it. */
@SecondaryPort
@FunctionalInterface
public interface LlmSettingsSource {

    Optional<LlmSettings> forBot(BotId bot);
}
