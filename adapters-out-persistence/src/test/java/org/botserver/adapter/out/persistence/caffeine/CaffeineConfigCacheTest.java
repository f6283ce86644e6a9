package org.botserver.adapter.out.persistence.caffeine;

import org.botserver.application.bot.ConfigCacheContract;
import org.botserver.application.cache.CacheStore;

/** The config cache on the in-process Caffeine store, the default without REDIS_URL. */
class CaffeineConfigCacheTest extends ConfigCacheContract {

    private final CacheStore store = InProcessCache.create();

    @Override
    protected CacheStore cacheStore() {
        return store;
    }
}
