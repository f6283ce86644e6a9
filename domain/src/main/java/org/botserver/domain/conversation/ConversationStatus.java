package org.botserver.domain.conversation;

/** Where a conversation's dialog stands between two turns. */
public enum ConversationStatus {
    /** The dialog is running or has not stopped at a HEAR yet. */
    ACTIVE,
    /** The dialog waits in HEAR for the user's next message. */
    AWAITING_INPUT,
    /** The dialog has run to its end (or stopped on an error); messages are still accepted and stored. */
    ENDED
}
