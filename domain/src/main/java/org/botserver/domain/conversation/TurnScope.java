package org.botserver.domain.conversation;

import java.util.List;
import java.util.Objects;
import org.botserver.domain.bot.BotId;

/**
 * Whose turn a capability is performed for: the bot, the conversation and the user, and the knowledge bases the
 * session uses at that moment (a USE KB earlier in the same turn counts, before the session is saved).
 */
public record TurnScope(BotId botId, ConversationId conversationId, String userId, List<String> knowledgeBases) {

    public TurnScope {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(userId, "userId");
        knowledgeBases = List.copyOf(knowledgeBases);
    }

    /** A scope whose session uses no knowledge base. */
    public TurnScope(BotId botId, ConversationId conversationId, String userId) {
        this(botId, conversationId, userId, List.of());
    }

    public static TurnScope of(Conversation conversation) {
        return new TurnScope(conversation.botId(), conversation.id(), conversation.userId(),
                conversation.session().knowledgeBases());
    }

    /** The same turn, with the knowledge bases the session uses now. */
    public TurnScope withKnowledgeBases(List<String> names) {
        return new TurnScope(botId, conversationId, userId, names);
    }
}
