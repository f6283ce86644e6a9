package org.botserver.application.conversation;

import org.botserver.domain.conversation.ConversationId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Tells where a conversation stands, e.g. when a client reconnects to it. */
@PrimaryPort
public interface ReadConversation {

    /** Throws {@link UnknownConversationException} for an unknown conversation. */
    ConversationSummary read(ConversationId id);
}
