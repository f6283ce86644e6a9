package org.botserver.application.conversation;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Opens a conversation with a bot and runs its start dialog until it first waits for the user or ends. */
@PrimaryPort
public interface StartConversation {

    /** Throws {@link org.botserver.application.bot.UnknownBotException} when the bot is not loaded. */
    TurnResult start(StartConversationCommand command);
}
