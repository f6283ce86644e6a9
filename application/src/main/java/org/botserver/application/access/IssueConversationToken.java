package org.botserver.application.access;

import org.botserver.domain.conversation.ConversationId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Hands out the signed token that lets an anonymous client come back to its conversation. */
@PrimaryPort
public interface IssueConversationToken {

    /** A fresh token for a conversation the caller was just given or has been authorized for. */
    ConversationTokens.IssuedToken issue(ConversationId conversation);
}
