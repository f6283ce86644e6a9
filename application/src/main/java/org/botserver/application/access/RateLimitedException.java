package org.botserver.application.access;

import java.time.Duration;

/** A budget is spent: the request was refused and changed nothing; try again after {@link #retryAfter()}. */
public final class RateLimitedException extends RuntimeException {

    private final transient Duration retryAfter;

    public RateLimitedException(RateLimit limit, Duration retryAfter) {
        super("Too many " + limit.name().replace(" per ", " for this ") + "; try again in "
                + seconds(retryAfter) + " s.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least one, as the Retry-After header wants them. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
