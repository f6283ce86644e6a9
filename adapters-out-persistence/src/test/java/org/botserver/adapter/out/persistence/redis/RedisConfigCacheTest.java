package org.botserver.adapter.out.persistence.redis;

import org.botserver.application.bot.ConfigCacheContract;
import org.botserver.application.cache.CacheStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Two servers sharing a real Redis see one config entry per bot, invalidated for both by a reload of either. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisConfigCacheTest extends ConfigCacheContract {

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
    protected CacheStore cacheStore() {
        return cache.store();
    }
}
