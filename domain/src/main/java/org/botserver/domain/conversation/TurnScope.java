package org.botserver.domain.conversation;

import java.util.Objects;
import org.botserver.domain.bot.BotId;

/** Whose turn a capability is performed for: the bot, the conversation and the user. */
public record TurnScope(BotId botId, ConversationId conversationId, String userId) {

    public TurnScope {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(userId, "userId");
    }

    public static TurnScope of(Conversation conversation) {
        return new TurnScope(conversation.botId(), conversation.id(), conversation.userId());
    }
}
