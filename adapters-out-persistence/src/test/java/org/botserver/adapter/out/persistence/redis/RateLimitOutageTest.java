package org.botserver.adapter.out.persistence.redis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.botserver.application.access.RateLimit;
import org.junit.jupiter.api.Test;

/**
 * While Redis is away the rate limits neither fail nor stall requests: each server keeps its own buckets, so a
 * flood is still refused, and the shared buckets are used again once Redis is back.
 */
class RateLimitOutageTest {

    private final RateLimit perMinute = RateLimit.messagesPerConversation(60);

    @Test
    void without_redis_each_server_still_refuses_the_sixty_first_message() {
        try (RedisServerForTests redis = new RedisServerForTests(); RedisCache cache = RedisCache.connect(redis.url())) {
            redis.stop();

            for (int i = 0; i < 60; i++) {
                assertTrue(cache.rateBuckets().take(perMinute, "c1").isEmpty(), "message " + (i + 1));
            }
            assertTrue(cache.rateBuckets().take(perMinute, "c1").isPresent());
            redis.start();
        }
    }

    @Test
    void the_shared_buckets_are_used_again_when_redis_is_back() throws InterruptedException {
        try (RedisServerForTests redis = new RedisServerForTests(); RedisCache cache = RedisCache.connect(redis.url())) {
            RedisRateBuckets buckets = new RedisRateBuckets(cache.connection(), "test", Duration.ZERO);
            redis.stop();
            assertTrue(buckets.take(perMinute, "c1").isEmpty());

            redis.start();
            String key = RedisRateBuckets.keyOf(perMinute, "c1");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            boolean shared = false;
            while (!shared && System.nanoTime() < deadline) {
                buckets.take(perMinute, "c1");
                shared = cache.isReady() && cache.connection().sync().exists(key) == 1;
                if (!shared) Thread.sleep(100);
            }
            assertTrue(shared, "no bucket in Redis within 20 s of its return");
        }
    }
}
