package org.botserver.adapter.out.persistence.bucket4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.botserver.application.access.RateBuckets;
import org.botserver.application.access.RateLimit;
import org.junit.jupiter.api.Test;

/** What every {@link RateBuckets} does, in this process or in Redis; each adapter's test extends it. */
public abstract class RateBucketsContract {

    private final RateLimit perMinute = RateLimit.messagesPerConversation(60);
    // Fresh keys per test, so adapters whose buckets outlive a test (Redis) start every test with full buckets.
    protected final String c1 = "c1-" + UUID.randomUUID();
    private final String c2 = "c2-" + UUID.randomUUID();

    /** The adapter under test. */
    protected abstract RateBuckets buckets();

    @Test
    void the_sixty_first_take_in_a_minute_must_wait_for_the_minute_to_end() {
        for (int i = 0; i < 60; i++) assertTrue(buckets().take(perMinute, c1).isEmpty(), "take " + (i + 1));

        Optional<Duration> wait = buckets().take(perMinute, c1);

        assertTrue(wait.isPresent());
        assertTrue(wait.get().compareTo(Duration.ofMinutes(1)) <= 0 && !wait.get().isNegative(), wait.toString());
    }

    @Test
    void a_refused_take_keeps_refusing_until_the_minute_is_over() {
        for (int i = 0; i < 60; i++) buckets().take(perMinute, c1);

        assertTrue(buckets().take(perMinute, c1).isPresent());
        assertTrue(buckets().take(perMinute, c1).isPresent());
    }

    @Test
    void keys_and_limits_have_separate_buckets() {
        for (int i = 0; i < 60; i++) buckets().take(perMinute, c1);

        assertTrue(buckets().take(perMinute, c2).isEmpty());
        assertTrue(buckets().take(RateLimit.requestsPerClient(1, 1), c1).isEmpty());
    }

    @Test
    void a_client_may_burst_up_to_the_burst_then_waits_at_most_a_second() {
        RateLimit perSecond = RateLimit.requestsPerClient(2, 5);
        for (int i = 0; i < 5; i++) assertTrue(buckets().take(perSecond, c1).isEmpty(), "take " + (i + 1));

        Optional<Duration> wait = buckets().take(perSecond, c1);

        assertTrue(wait.isPresent());
        assertTrue(wait.get().compareTo(Duration.ofSeconds(1)) <= 0 && !wait.get().isNegative(), wait.toString());
    }
}
