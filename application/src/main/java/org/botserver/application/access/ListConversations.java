package org.botserver.application.access;

import org.botserver.application.conversation.ConversationsPage;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Lists the conversations of a signed-in user: the caller's own, or, for an admin, any user's. */
@PrimaryPort
public interface ListConversations {

    /**
     * A page of conversations. Throws {@link MissingCredentialsException} for a caller without a bearer token and
     * {@link NotPermittedException} when a member who is not an admin asks for another user's.
     */
    ConversationsPage list(ListConversationsQuery query);
}
