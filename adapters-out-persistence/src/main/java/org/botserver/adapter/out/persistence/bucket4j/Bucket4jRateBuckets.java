package org.botserver.adapter.out.persistence.bucket4j;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import org.botserver.application.access.RateBuckets;
import org.botserver.application.access.RateLimit;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Token buckets held in this process, one per limit and key. Idle buckets are dropped after ten minutes, so a
 * flood of distinct client addresses cannot grow memory without bound; a dropped bucket was full again anyway.
 */
@SecondaryAdapter
public final class Bucket4jRateBuckets implements RateBuckets {

    private static final long MAX_BUCKETS = 100_000;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_BUCKETS)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    @Override
    public Optional<Duration> take(RateLimit limit, String key) {
        Bucket bucket = buckets.get(limit.name() + "|" + key,
                ignored -> Bucket.builder().addLimit(bandwidth(limit)).build());
        return waitAfter(bucket.tryConsumeAndReturnRemaining(1));
    }

    /** The bucket a limit describes, for buckets kept elsewhere (Redis) with the same algorithm. */
    public static BucketConfiguration configurationOf(RateLimit limit) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
    }

    /** What a take answers: nothing when the token was there, else the wait until there is one. */
    public static Optional<Duration> waitAfter(ConsumptionProbe probe) {
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private static Bandwidth bandwidth(RateLimit limit) {
        return limit.smooth()
                ? Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.refill(), limit.period()).build()
                : Bandwidth.builder().capacity(limit.capacity()).refillIntervally(limit.refill(), limit.period()).build();
    }
}
