package org.botserver.application.conversation;

/** No conversation with the requested id exists. */
public class UnknownConversationException extends RuntimeException {

    public UnknownConversationException(String conversationId) {
        super("There is no conversation '" + conversationId + "'.");
    }
}
