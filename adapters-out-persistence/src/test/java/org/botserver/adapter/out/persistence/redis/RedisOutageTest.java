package org.botserver.adapter.out.persistence.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.botserver.application.cache.CacheUnavailableException;
import org.junit.jupiter.api.Test;

/** Redis going away makes cache calls fail plainly, and the adapter finds Redis again when it is back. */
class RedisOutageTest {

    @Test
    void a_redis_that_is_not_there_is_named_in_a_plain_message() {
        int port;
        try (RedisServerForTests server = new RedisServerForTests()) {
            port = Integer.parseInt(server.url().substring(server.url().lastIndexOf(':') + 1));
        }

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RedisCache.connect("redis://127.0.0.1:" + port));
        assertTrue(e.getMessage().startsWith("Redis at 127.0.0.1:" + port + " cannot be reached"), e.getMessage());
    }

    @Test
    void a_malformed_url_is_refused_plainly() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RedisCache.connect("http://x"));
        assertTrue(e.getMessage().startsWith("REDIS_URL is not a Redis URL"), e.getMessage());
    }

    @Test
    void commands_fail_as_unavailable_while_redis_is_down_and_work_again_when_it_is_back() throws Exception {
        try (RedisServerForTests server = new RedisServerForTests(); RedisCache cache = RedisCache.connect(server.url())) {
            cache.store().put("k", "v", Duration.ofMinutes(1));
            server.stop();

            assertThrows(CacheUnavailableException.class, () -> cache.store().get("k"));
            assertFalse(cache.isReady());

            server.start();
            assertTrue(eventually(cache::isReady), "no reconnection within 20 s");
            // A fresh server without persistence: the old value is gone, and the store works again.
            assertEquals(Optional.empty(), cache.store().get("k"));
            cache.store().put("k", "again", Duration.ofMinutes(1));
            assertEquals(Optional.of("again"), cache.store().get("k"));
        }
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return true;
            Thread.sleep(100);
        }
        return false;
    }
}
