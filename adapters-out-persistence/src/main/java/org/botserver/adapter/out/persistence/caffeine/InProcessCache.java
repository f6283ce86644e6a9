package org.botserver.adapter.out.persistence.caffeine;

import org.botserver.application.cache.CacheStore;

/**
 * The in-process cache's entry point: a store that lives and dies with this server, bounded in entries (the
 * least used go first when it is full). The default while a single server runs; several servers share Redis.
 */
public final class InProcessCache {

    /** Entries kept at most by default: answers and sessions of a busy single server, some 100 MB at most. */
    public static final long DEFAULT_MAX_ENTRIES = 100_000;

    private InProcessCache() {}

    public static CacheStore create() {
        return create(DEFAULT_MAX_ENTRIES);
    }

    public static CacheStore create(long maxEntries) {
        if (maxEntries < 1) throw new IllegalArgumentException("The cache must hold at least one entry: " + maxEntries);
        return new CaffeineCacheStore(maxEntries);
    }
}
