package org.botserver.application.access;

import java.time.Clock;
import java.util.Objects;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.UnknownConversationException;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;

/**
 * Conversation ownership: an admin may use any conversation, a member the ones stored under its subject, and an
 * anonymous client only the one its token was signed for. Every refusal looks like an unknown conversation.
 */
public final class ConversationAccessService implements AuthorizeConversation, IssueConversationToken {

    private final ConversationStore store;
    private final ConversationTokens tokens;
    private final Clock clock;

    public ConversationAccessService(ConversationStore store, ConversationTokens tokens, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ConversationId authorize(Caller caller, String conversationId) {
        if (caller instanceof Caller.Nobody) throw new MissingCredentialsException();
        ConversationId id = ConversationId.parse(conversationId)
                .orElseThrow(() -> new UnknownConversationException(conversationId));
        boolean allowed = switch (caller) {
            case Caller.Nobody nobody -> false;
            case Caller.TokenHolder holder -> tokens.verify(holder.conversationToken(), clock.instant())
                    .filter(id::equals).isPresent() && store.find(id).isPresent();
            case Caller.Member member -> store.find(id)
                    .map(Conversation::userId)
                    .filter(owner -> member.isAdmin() || owner.equals(member.ownerId()))
                    .isPresent();
        };
        if (!allowed) throw new UnknownConversationException(conversationId);
        return id;
    }

    @Override
    public ConversationTokens.IssuedToken issue(ConversationId conversation) {
        return tokens.issue(conversation, clock.instant());
    }
}
