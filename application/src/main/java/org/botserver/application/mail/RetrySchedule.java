package org.botserver.application.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How long to wait after each failed attempt before the next: after the first failure the first delay, and so
 * on; once the delays are used up the mail has had its last attempt.
 */
@ValueObject
public record RetrySchedule(List<Duration> delays) {

    public RetrySchedule {
        delays = List.copyOf(delays);
        for (Duration delay : delays) {
            if (delay.isNegative() || delay.isZero()) throw new IllegalArgumentException("A retry delay is positive: " + delay);
        }
    }

    /** 1 min, 5 min, 30 min, 2 h, 6 h: six attempts spread over about nine hours. */
    public static RetrySchedule standard() {
        return ofMinutes(List.of(1, 5, 30, 120, 360));
    }

    public static RetrySchedule ofMinutes(List<Integer> minutes) {
        return new RetrySchedule(minutes.stream().map(Duration::ofMinutes).toList());
    }

    /** Every attempt a mail gets, the first one included. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /** The wait after the {@code attemptsMade}-th attempt failed; empty when that was the last attempt. */
    public Optional<Duration> delayAfter(int attemptsMade) {
        return attemptsMade >= 1 && attemptsMade <= delays.size() ? Optional.of(delays.get(attemptsMade - 1)) : Optional.empty();
    }
}
