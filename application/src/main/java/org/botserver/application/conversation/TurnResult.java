package org.botserver.application.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.Suggestion;

/** What a turn did, as stored: the user's message (none when starting), the bot's replies, and the new status. */
public record TurnResult(ConversationId conversationId, ConversationStatus status, Optional<Message> userMessage,
                         List<Message> replies, List<Suggestion> suggestions) {

    public TurnResult {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(userMessage, "userMessage");
        replies = List.copyOf(replies);
        suggestions = List.copyOf(suggestions);
    }
}
