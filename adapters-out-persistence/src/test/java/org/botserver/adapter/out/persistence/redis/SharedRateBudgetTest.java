package org.botserver.adapter.out.persistence.redis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.botserver.application.access.RateBuckets;
import org.botserver.application.access.RateLimit;
import org.junit.jupiter.api.Test;

/** Two servers on one Redis, each with its own Lettuce client, spend one budget between them. */
class SharedRateBudgetTest {

    private final RateLimit perMinute = RateLimit.messagesPerConversation(60);

    @Test
    void the_sixty_first_message_in_a_minute_across_two_servers_must_wait() {
        try (RedisServerForTests redis = new RedisServerForTests();
                RedisCache first = RedisCache.connect(redis.url());
                RedisCache second = RedisCache.connect(redis.url())) {
            for (int i = 0; i < 60; i++) {
                RateBuckets server = i % 2 == 0 ? first.rateBuckets() : second.rateBuckets();
                assertTrue(server.take(perMinute, "c1").isEmpty(), "message " + (i + 1));
            }

            Optional<Duration> onFirst = first.rateBuckets().take(perMinute, "c1");
            Optional<Duration> onSecond = second.rateBuckets().take(perMinute, "c1");

            assertTrue(onFirst.isPresent() && onSecond.isPresent(), onFirst + " / " + onSecond);
            assertTrue(onSecond.get().compareTo(Duration.ofMinutes(1)) <= 0 && !onSecond.get().isNegative());
        }
    }

    @Test
    void another_conversation_on_the_other_server_still_has_its_budget() {
        try (RedisServerForTests redis = new RedisServerForTests();
                RedisCache first = RedisCache.connect(redis.url());
                RedisCache second = RedisCache.connect(redis.url())) {
            for (int i = 0; i < 60; i++) first.rateBuckets().take(perMinute, "c1");

            assertTrue(second.rateBuckets().take(perMinute, "c2").isEmpty());
            assertTrue(second.rateBuckets().take(perMinute, "c1").isPresent());
        }
    }
}
