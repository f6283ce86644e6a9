package org.botserver.specs.target;

import java.util.List;
import java.util.Objects;

/**
 * What the bot answered in one turn: the replies in order, the quick replies offered, where the dialog stands, and
 * the knowledge-base sources (document paths) the answer was grounded in.
 */
public record BotTurn(String conversationId, TurnStatus status, List<String> replies, List<SuggestedReply> suggestions,
                      List<String> sources) {

    public BotTurn {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(status, "status");
        replies = List.copyOf(replies);
        suggestions = List.copyOf(suggestions);
        sources = List.copyOf(sources);
    }
}
