package org.botserver.application.bot;

import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.InMemoryCacheStore;

/** The config cache on the in-memory cache store used by the application tests. */
class InProcessConfigCacheTest extends ConfigCacheContract {

    private final InMemoryCacheStore store = new InMemoryCacheStore();

    @Override
    protected CacheStore cacheStore() {
        return store;
    }
}
