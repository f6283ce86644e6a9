package org.botserver.adapter.out.persistence.caffeine;

import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.CacheStoreContract;

/** The in-process store keeps the cache store's contract. */
class CaffeineCacheStoreTest extends CacheStoreContract {

    private final CacheStore store = InProcessCache.create();

    @Override
    protected CacheStore store() {
        return store;
    }
}
