package org.botserver.application.access;

import org.botserver.domain.conversation.ConversationId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Checks that a caller may read, continue or stream a conversation before anything is done with it. */
@PrimaryPort
public interface AuthorizeConversation {

    /**
     * The conversation's id when the caller may use it. Throws {@link MissingCredentialsException} when the
     * caller presented nothing, and {@code UnknownConversationException} both for an unknown conversation and
     * for one that is not the caller's, so that guessing ids tells nothing about which exist.
     */
    ConversationId authorize(Caller caller, String conversationId);
}
