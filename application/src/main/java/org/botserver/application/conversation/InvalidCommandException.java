package org.botserver.application.conversation;

/** A request to a use case that cannot be carried out as given; the message says what to fix. */
public class InvalidCommandException extends IllegalArgumentException {

    public InvalidCommandException(String message) {
        super(message);
    }
}
