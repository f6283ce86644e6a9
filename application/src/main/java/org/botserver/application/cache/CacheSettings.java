package org.botserver.application.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * A bot's answer-cache settings from config.csv: on or off ({@code llm-cache}), how long an answer is kept
 * ({@code llm-cache-ttl}) and how similar a question must be to reuse an answer ({@code llm-cache-threshold}).
 */
public record CacheSettings(boolean enabled, Duration ttl, double threshold) {

    /** Off until a bot turns it on; kept 24 hours; cosine similarity of at least 0.95. */
    public static final CacheSettings DEFAULTS = new CacheSettings(false, Duration.ofHours(24), 0.95);

    public CacheSettings {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) throw new IllegalArgumentException("llm-cache-ttl must be positive: " + ttl);
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("llm-cache-threshold is a similarity above 0 and at most 1: " + threshold);
        }
    }

    /** The default TTL and threshold, switched on. */
    public static CacheSettings on() {
        return DEFAULTS.withEnabled(true);
    }

    public CacheSettings withEnabled(boolean on) {
        return new CacheSettings(on, ttl, threshold);
    }
}
