package org.botserver.adapter.out.persistence.redis;

import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.CacheStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The Redis store keeps the cache store's contract against a real Redis server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisCacheStoreTest extends CacheStoreContract {

    private RedisServerForTests server;
    private RedisCache cache;

    @BeforeAll
    void startRedis() {
        server = new RedisServerForTests();
        cache = RedisCache.connect(server.url());
    }

    @AfterAll
    void stopRedis() {
        try (RedisServerForTests s = server) {
            if (cache != null) cache.close();
        }
    }

    @Override
    protected CacheStore store() {
        return cache.store();
    }
}
