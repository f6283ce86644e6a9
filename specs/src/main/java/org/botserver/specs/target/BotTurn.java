package org.botserver.specs.target;

import java.util.List;
import java.util.Objects;

/** What the bot answered in one turn: the replies in order, the quick replies offered, and where the dialog stands. */
public record BotTurn(String conversationId, TurnStatus status, List<String> replies, List<SuggestedReply> suggestions) {

    public BotTurn {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(status, "status");
        replies = List.copyOf(replies);
        suggestions = List.copyOf(suggestions);
    }
}
