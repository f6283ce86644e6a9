package org.botserver.adapter.in.channel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Back-off doubles up to its ceiling, and pacing spreads a burst under one key. */
class RetryAndPacingTest {

    @Test
    void the_back_off_doubles_from_the_first_delay_up_to_the_ceiling() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(3));

        assertEquals(Duration.ofMillis(500), policy.delayBefore(2));
        assertEquals(Duration.ofSeconds(1), policy.delayBefore(3));
        assertEquals(Duration.ofSeconds(2), policy.delayBefore(4));
        assertEquals(Duration.ofSeconds(3), policy.delayBefore(5));
    }

    @Test
    void a_burst_under_one_key_is_spread_by_the_interval_and_other_keys_are_free() {
        long[] now = {0};
        Pacing pacing = new Pacing(Duration.ofMillis(100), () -> now[0]);

        assertEquals(Duration.ZERO, pacing.reserve("phone-1"));
        assertEquals(Duration.ofMillis(100), pacing.reserve("phone-1"));
        assertEquals(Duration.ofMillis(200), pacing.reserve("phone-1"));
        assertEquals(Duration.ZERO, pacing.reserve("phone-2"));
        now[0] = Duration.ofSeconds(5).toNanos();
        assertEquals(Duration.ZERO, pacing.reserve("phone-1"));
    }
}
