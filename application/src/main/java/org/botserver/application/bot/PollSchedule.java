package org.botserver.application.bot;

import java.time.Duration;
import java.util.Objects;

/**
 * How often storage is polled for changed packages: every {@code interval}, doubling the wait after each failed
 * poll in a row up to {@code maxBackoff}, so an unreachable store is not hammered and a recovered one is seen soon.
 */
public record PollSchedule(Duration interval, Duration maxBackoff) {

    public PollSchedule {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("The poll interval must be positive.");
        if (maxBackoff.compareTo(interval) < 0) throw new IllegalArgumentException("The back-off cannot be shorter than the interval.");
    }

    /** Every 5 seconds, backing off to at most 2 minutes. */
    public static PollSchedule defaults() {
        return new PollSchedule(Duration.ofSeconds(5), Duration.ofMinutes(2));
    }

    /** The wait before the next poll after this many failed polls in a row (0 after a good one). */
    public Duration delayAfter(int failuresInARow) {
        if (failuresInARow <= 0) return interval;
        Duration delay = interval;
        for (int i = 0; i < failuresInARow && delay.compareTo(maxBackoff) < 0; i++) delay = delay.multipliedBy(2);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
