package org.botserver.domain.conversation;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** One entry of a conversation's history: who said what, and when. */
@ValueObject
public record Message(MessageId id, ConversationId conversationId, Sender sender, String content, Instant timestamp,
                      int tokensUsed) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(timestamp, "timestamp");
        if (tokensUsed < 0) throw new IllegalArgumentException("tokensUsed must not be negative: " + tokensUsed);
    }

    /** What the user wrote. */
    public static Message fromUser(ConversationId conversationId, String content, Instant timestamp) {
        return new Message(MessageId.random(), conversationId, Sender.USER, content, timestamp, 0);
    }

    /** What the bot answered. */
    public static Message fromBot(ConversationId conversationId, String content, Instant timestamp) {
        return new Message(MessageId.random(), conversationId, Sender.BOT, content, timestamp, 0);
    }
}
