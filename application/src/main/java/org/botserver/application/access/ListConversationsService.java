package org.botserver.application.access;

import java.util.Objects;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.ConversationsPage;

/** Lists a member's conversations from the store; only an admin may name another user. */
public final class ListConversationsService implements ListConversations {

    private final ConversationStore store;

    public ListConversationsService(ConversationStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public ConversationsPage list(ListConversationsQuery query) {
        if (!(query.caller() instanceof Caller.Member member)) {
            // A conversation token proves one conversation, not an identity with a list of them.
            throw new MissingCredentialsException("Listing conversations needs the bearer token of a signed-in user.");
        }
        String owner = query.user().map(Owners::ofMember).orElse(member.ownerId());
        if (!owner.equals(member.ownerId()) && !member.isAdmin()) {
            throw new NotPermittedException("Only an admin may list another user's conversations.");
        }
        return store.listByUser(owner, query.limit(), query.before());
    }
}
