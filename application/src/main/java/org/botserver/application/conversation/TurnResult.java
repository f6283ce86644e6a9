package org.botserver.application.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.Suggestion;

/**
 * What a turn did, as stored: the user's message (none when starting), the bot's replies, the new status, and the
 * knowledge-base sources the answer was grounded in.
 */
public record TurnResult(ConversationId conversationId, BotId botId, ConversationStatus status,
                         Optional<Message> userMessage, List<Message> replies, List<Suggestion> suggestions,
                         List<String> sources) {

    public TurnResult {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(userMessage, "userMessage");
        replies = List.copyOf(replies);
        suggestions = List.copyOf(suggestions);
        sources = List.copyOf(sources);
    }

    /** A turn grounded in no knowledge-base source. */
    public TurnResult(ConversationId conversationId, BotId botId, ConversationStatus status,
                      Optional<Message> userMessage, List<Message> replies, List<Suggestion> suggestions) {
        this(conversationId, botId, status, userMessage, replies, suggestions, List.of());
    }
}
