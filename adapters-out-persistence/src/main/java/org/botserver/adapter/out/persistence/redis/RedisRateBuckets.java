package org.botserver.adapter.out.persistence.redis;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.botserver.adapter.out.persistence.bucket4j.Bucket4jRateBuckets;
import org.botserver.application.access.RateBuckets;
import org.botserver.application.access.RateLimit;

/**
 * Token buckets in Redis, shared by every server on it: Bucket4j's compare-and-swap over the cache's Lettuce
 * connection, under {@code rate:} keys that expire once their bucket would be full again. While Redis does not
 * answer, each server keeps its own in-process buckets (the limits then hold per server, not per cluster) rather
 * than refusing or stalling every request, and asks Redis again after a pause.
 */
final class RedisRateBuckets implements RateBuckets {

    /** How long after a failed call the server keeps to its own buckets before it asks Redis again. */
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);
    /** How long a full bucket's key outlives the moment it became full. */
    private static final Duration KEEP_FULL = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(RedisRateBuckets.class.getName());

    private final ProxyManager<String> buckets;
    private final RateBuckets fallback = new Bucket4jRateBuckets();
    private final String where;
    private final Duration pause;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong askAgainAt = new AtomicLong();

    RedisRateBuckets(StatefulRedisConnection<String, byte[]> connection, String where, Duration pause) {
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL))
                .requestTimeout(RedisCache.COMMAND_TIMEOUT)
                .build();
        this.where = where;
        this.pause = pause;
    }

    @Override
    public Optional<Duration> take(RateLimit limit, String key) {
        if (down.get() && System.nanoTime() - askAgainAt.get() < 0) return fallback.take(limit, key);
        try {
            Optional<Duration> wait = Bucket4jRateBuckets.waitAfter(buckets.builder()
                    .build(keyOf(limit, key), () -> Bucket4jRateBuckets.configurationOf(limit))
                    .tryConsumeAndReturnRemaining(1));
            if (down.compareAndSet(true, false)) {
                LOG.log(Level.INFO, "Rate limits: Redis at {0} answers again; the limits hold across servers.", where);
            }
            return wait;
        } catch (RuntimeException e) {
            // Bucket4j wraps Lettuce's refusals and timeouts in several exception types; whichever it is, the
            // request goes on under this server's own budget. One warning per outage, not one per request.
            askAgainAt.set(System.nanoTime() + pause.toNanos());
            if (down.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "Rate limits: Redis at {0} does not answer ({1}); each server keeps its own "
                        + "buckets until it does.", where, e.getMessage());
            }
            return fallback.take(limit, key);
        }
    }

    /** {@code rate:<limit>:<key>}, the limit's name with dashes for spaces. */
    static String keyOf(RateLimit limit, String key) {
        return "rate:" + limit.name().replace(' ', '-') + ":" + key;
    }
}
