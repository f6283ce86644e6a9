package org.botserver.adapter.in.channel.http;

import java.time.Duration;
import java.util.Objects;

/** How often and how patiently a provider call is tried again after a 429, a 5xx or a broken connection. */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("At least one attempt: " + maxAttempts);
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
    }

    /** Five attempts over about 15 seconds: within the time a user still waits for an answer. */
    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(8));
    }

    /** The wait before attempt {@code next} (2 for the first retry): doubling from firstDelay up to maxDelay. */
    public Duration delayBefore(int next) {
        long factor = 1L << Math.min(20, Math.max(0, next - 2));
        Duration delay = firstDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
