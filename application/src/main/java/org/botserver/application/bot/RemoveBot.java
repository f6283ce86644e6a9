package org.botserver.application.bot;

import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Takes a bot off the server and deletes its package from storage. */
@PrimaryPort
public interface RemoveBot {

    /** Removes the bot; {@link UnknownBotException} when neither the server nor storage has it. */
    void remove(BotId id);
}
