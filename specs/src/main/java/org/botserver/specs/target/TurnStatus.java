package org.botserver.specs.target;

import java.util.Locale;

/** Where the conversation's dialog stands after a turn, as the REST API spells it in lower case. */
public enum TurnStatus {
    ACTIVE, AWAITING_INPUT, ENDED;

    /** The status from its API spelling ("awaiting_input"); an unknown one is a server the library does not know. */
    public static TurnStatus fromApi(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("The server answered with an unknown conversation status: " + text);
        }
    }

    /** How the status reads in a transcript. */
    public String describe() {
        return switch (this) {
            case ACTIVE -> "the dialog is running";
            case AWAITING_INPUT -> "the bot waits for the user's answer";
            case ENDED -> "the conversation is finished";
        };
    }
}
