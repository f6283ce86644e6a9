package org.botserver.application.access;

import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket: at most {@code capacity} at once, refilled with {@code refill} tokens every {@code period} —
 * bit by bit over the period when {@code smooth}, else all at once when the period is over.
 */
public record RateLimit(String name, long capacity, long refill, Duration period, boolean smooth) {

    public RateLimit {
        Objects.requireNonNull(name, "name");
        if (capacity < 1 || refill < 1) throw new IllegalArgumentException("A rate limit allows at least one request.");
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A rate limit is refilled over a positive period.");
        }
    }

    /** Messages to one conversation, {@code perMinute} a minute with no burst beyond that. */
    public static RateLimit messagesPerConversation(long perMinute) {
        // Refilled once a minute, so the message after the budget is refused until the minute is over.
        return new RateLimit("messages per conversation", perMinute, perMinute, Duration.ofMinutes(1), false);
    }

    /** Requests from one client address, {@code perSecond} a second with bursts up to {@code burst}. */
    public static RateLimit requestsPerClient(long perSecond, long burst) {
        return new RateLimit("requests per client", Math.max(burst, perSecond), perSecond, Duration.ofSeconds(1),
                true);
    }
}
