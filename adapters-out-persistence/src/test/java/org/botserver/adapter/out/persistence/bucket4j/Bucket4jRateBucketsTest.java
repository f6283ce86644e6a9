package org.botserver.adapter.out.persistence.bucket4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.botserver.application.access.RateLimit;
import org.junit.jupiter.api.Test;

class Bucket4jRateBucketsTest {

    private final Bucket4jRateBuckets buckets = new Bucket4jRateBuckets();
    private final RateLimit perMinute = RateLimit.messagesPerConversation(60);

    @Test
    void the_sixty_first_take_in_a_minute_must_wait_for_the_minute_to_end() {
        for (int i = 0; i < 60; i++) assertTrue(buckets.take(perMinute, "c1").isEmpty(), "take " + (i + 1));

        Optional<Duration> wait = buckets.take(perMinute, "c1");

        assertTrue(wait.isPresent());
        assertTrue(wait.get().compareTo(Duration.ofMinutes(1)) <= 0 && !wait.get().isNegative(), wait.toString());
    }

    @Test
    void keys_and_limits_have_separate_buckets() {
        for (int i = 0; i < 60; i++) buckets.take(perMinute, "c1");

        assertTrue(buckets.take(perMinute, "c2").isEmpty());
        assertTrue(buckets.take(RateLimit.requestsPerClient(1, 1), "c1").isEmpty());
    }
}
