package org.botserver.application.bot;

import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Shows an operator what a bot is made of and what is wrong with its package. */
@PrimaryPort
public interface InspectBot {

    /** The bot's details; {@link UnknownBotException} when storage has no such package. */
    BotDetails inspect(BotId id);
}
