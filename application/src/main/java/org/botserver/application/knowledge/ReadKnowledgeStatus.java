package org.botserver.application.knowledge;

import java.util.List;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** How far each knowledge base of a bot is indexed: documents done of total, chunks, failures, whether running. */
@PrimaryPort
public interface ReadKnowledgeStatus {

    /** One status per collection of the bot, by name; {@code UnknownBotException} for a bot not loaded. */
    List<KnowledgeStatus> status(BotId bot);
}
