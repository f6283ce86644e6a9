package org.botserver.adapter.out.persistence.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.botserver.adapter.out.persistence.bucket4j.RateBucketsContract;
import org.botserver.application.access.RateBuckets;
import org.botserver.application.access.RateLimit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The buckets in Redis keep the rate-limit contract, under {@code rate:} keys that expire when idle. */
class RedisRateBucketsTest extends RateBucketsContract {

    private static RedisServerForTests server;
    private static RedisCache cache;

    @BeforeAll
    static void startRedis() {
        server = new RedisServerForTests();
        cache = RedisCache.connect(server.url());
    }

    @AfterAll
    static void stopRedis() {
        try (RedisServerForTests started = server) {
            cache.close();
        }
    }

    @Override
    protected RateBuckets buckets() {
        return cache.rateBuckets();
    }

    @Test
    void a_bucket_lives_under_a_rate_key_that_expires() {
        cache.rateBuckets().take(RateLimit.messagesPerConversation(60), c1);

        long ttl = cache.connection().sync().pttl("rate:messages-per-conversation:" + c1);

        // A bucket refilled once a minute is full again at the latest a minute on, plus the ten seconds kept.
        assertTrue(ttl > 0 && ttl <= Duration.ofSeconds(70).toMillis(), "ttl " + ttl);
    }

    @Test
    void nothing_but_rate_keys_is_written() {
        cache.rateBuckets().take(RateLimit.requestsPerClient(100, 150), c1);

        assertEquals(1, cache.connection().sync().keys("*" + c1 + "*").size());
        assertEquals(1, cache.connection().sync().keys("rate:requests-per-client:" + c1).size());
    }
}
