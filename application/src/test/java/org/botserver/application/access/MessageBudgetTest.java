package org.botserver.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.junit.jupiter.api.Test;

class MessageBudgetTest {

    /** Buckets that never refill: a count per key, and a fixed wait once it is spent. */
    private static final class CountingBuckets implements RateBuckets {
        private final Map<String, Long> taken = new HashMap<>();

        @Override
        public Optional<Duration> take(RateLimit limit, String key) {
            long now = taken.merge(key, 1L, Long::sum);
            return now <= limit.capacity() ? Optional.empty() : Optional.of(Duration.ofMillis(41_500));
        }
    }

    private int delivered;
    private final RateLimitedSendMessage send = new RateLimitedSendMessage((command, stream) -> {
        delivered++;
        return new TurnResult(command.conversationId(), new BotId("hello"), ConversationStatus.ACTIVE,
                Optional.empty(), List.of(), List.of());
    }, new CountingBuckets(), RateLimit.messagesPerConversation(3));

    @Test
    void the_message_after_the_budget_is_refused_with_a_wait_and_not_delivered() {
        ConversationId id = ConversationId.random();
        for (int i = 0; i < 3; i++) send.send(new SendMessageCommand(id, "hi " + i));

        RateLimitedException refused = assertThrows(RateLimitedException.class,
                () -> send.send(new SendMessageCommand(id, "one too many")));

        assertEquals(3, delivered);
        assertEquals(42, refused.retryAfterSeconds());
    }

    @Test
    void each_conversation_has_its_own_budget() {
        ConversationId first = ConversationId.random();
        for (int i = 0; i < 3; i++) send.send(new SendMessageCommand(first, "hi"));

        send.send(new SendMessageCommand(ConversationId.random(), "hi"));

        assertEquals(4, delivered);
    }
}
