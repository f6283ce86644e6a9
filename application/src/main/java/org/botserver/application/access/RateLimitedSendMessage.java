package org.botserver.application.access;

import java.util.Objects;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.application.conversation.SendMessage;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.TurnResult;

/** Sends a message only while its conversation has message budget left, over REST and WebSocket alike. */
public final class RateLimitedSendMessage implements SendMessage {

    private final SendMessage next;
    private final RateBuckets buckets;
    private final RateLimit perConversation;

    public RateLimitedSendMessage(SendMessage next, RateBuckets buckets, RateLimit perConversation) {
        this.next = Objects.requireNonNull(next, "next");
        this.buckets = Objects.requireNonNull(buckets, "buckets");
        this.perConversation = Objects.requireNonNull(perConversation, "perConversation");
    }

    @Override
    public TurnResult send(SendMessageCommand command, ReplyStream stream) {
        buckets.take(perConversation, "conversation:" + command.conversationId()).ifPresent(wait -> {
            throw new RateLimitedException(perConversation, wait);
        });
        return next.send(command, stream);
    }
}
