package org.botserver.application.bot;

import java.util.function.Consumer;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The saved dialog states of a bot's conversations that have not ended, which may still be resumed. */
@SecondaryPort
public interface SuspendedDialogs {

    /** Hands each saved state ({@code ExecutionState.toBytes()}) of the bot's unended conversations to the consumer. */
    void forEachState(BotId bot, Consumer<byte[]> state);
}
