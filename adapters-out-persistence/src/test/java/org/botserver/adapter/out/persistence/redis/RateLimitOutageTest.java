package org.botserver.adapter.out.persistence.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.botserver.application.access.RateLimit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While Redis is away or stalled the rate limits neither fail nor hold requests: each server keeps its own
 * buckets, so a flood is still refused, says so once, and uses the shared buckets again once Redis is back.
 */
class RateLimitOutageTest {

    private final RateLimit perMinute = RateLimit.messagesPerConversation(60);
    private final Logger log = Logger.getLogger(RedisRateBuckets.class.getName());
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == Level.WARNING) warnings.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(handler);
    }

    @Test
    void without_redis_each_server_still_refuses_the_sixty_first_message_and_warns_once() {
        try (RedisServerForTests redis = new RedisServerForTests(); RedisCache cache = RedisCache.connect(redis.url())) {
            redis.stop();

            for (int i = 0; i < 60; i++) {
                assertTrue(cache.rateBuckets().take(perMinute, "c1").isEmpty(), "message " + (i + 1));
            }
            assertTrue(cache.rateBuckets().take(perMinute, "c1").isPresent());
            assertEquals(1, warnings.size(), warnings.toString());
            redis.start();
        }
    }

    @Test
    void a_stalled_redis_does_not_hold_the_request() {
        RedisServerForTests redis = new RedisServerForTests();
        RedisClient other = RedisClient.create(redis.url());
        try (redis; RedisCache cache = RedisCache.connect(redis.url());
                StatefulRedisConnection<String, String> stalling = other.connect();
                StatefulRedisConnection<String, String> probe = other.connect()) {
            // Redis answers nobody while it sleeps, and it sleeps longer than the command timeout.
            stalling.async().dispatch(CommandType.DEBUG, new StatusOutput<>(StringCodec.UTF8),
                    new CommandArgs<>(StringCodec.UTF8).add("SLEEP").add(5));
            assertTrue(asleep(probe), "Redis did not start sleeping");

            assertTrue(cache.rateBuckets().take(perMinute, "c1").isEmpty());
            assertEquals(1, warnings.size(), "the take was answered by this server's own buckets");
        } finally {
            other.shutdown();
        }
    }

    /**
     * Whether a PING on a connection opened before the sleep goes unanswered for 100 ms: the dispatched DEBUG SLEEP
     * has reached Redis, not only the wire.
     */
    private static boolean asleep(StatefulRedisConnection<String, String> probe) {
        probe.setTimeout(Duration.ofMillis(100));
        for (int i = 0; i < 20; i++) {
            try {
                probe.sync().ping();
            } catch (RedisCommandTimeoutException e) {
                return true;
            }
        }
        return false;
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
