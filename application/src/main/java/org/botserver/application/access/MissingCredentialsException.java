package org.botserver.application.access;

/** A request came without the credentials it needs: neither a bearer token nor a conversation token. */
public final class MissingCredentialsException extends RuntimeException {

    public MissingCredentialsException() {
        super("Send the conversation token you got when the conversation started (header X-Conversation-Token) "
                + "or a bearer token of its owner.");
    }

    public MissingCredentialsException(String message) {
        super(message);
    }
}
