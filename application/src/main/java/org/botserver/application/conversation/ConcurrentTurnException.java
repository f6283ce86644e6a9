package org.botserver.application.conversation;

import org.botserver.domain.conversation.ConversationId;

/** Another turn of the same conversation was saved first; this turn's result was not stored. */
public class ConcurrentTurnException extends RuntimeException {

    public ConcurrentTurnException() {
        super("Another turn of this conversation was saved first.");
    }

    public ConcurrentTurnException(ConversationId id) {
        super("Another turn of conversation " + id + " was saved first.");
    }
}
