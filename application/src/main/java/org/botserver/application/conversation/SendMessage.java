package org.botserver.application.conversation;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Hands the user's message to a conversation and returns what the bot answered in this turn. */
@PrimaryPort
public interface SendMessage {

    /**
     * Throws {@link UnknownConversationException} for an unknown conversation and
     * {@link ConcurrentTurnException} when another turn of it was saved meanwhile (nothing is stored then).
     */
    default TurnResult send(SendMessageCommand command) {
        return send(command, ReplyStream.none());
    }

    /** The same, streaming the language model's text to {@code stream} while it is written. */
    TurnResult send(SendMessageCommand command, ReplyStream stream);
}
