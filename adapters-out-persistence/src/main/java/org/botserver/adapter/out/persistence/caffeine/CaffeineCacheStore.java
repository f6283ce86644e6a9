package org.botserver.adapter.out.persistence.caffeine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.VectorEntry;

/** A {@link CacheStore} in this JVM's memory; each entry carries its own time to live. */
final class CaffeineCacheStore implements CacheStore {

    /** A value and how long it lives from its last write (or touch); values are texts or vector lists. */
    private record Timed(Object value, Duration ttl) {}

    private final Cache<String, Timed> cache;

    CaffeineCacheStore(long maxEntries) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                // Evictions run on the writing thread: short, bounded work, and no tasks on the common pool
                // of an application server.
                .executor(Runnable::run)
                .expireAfter(Expiry.<String, Timed>writing((key, timed) -> timed.ttl()))
                .build();
    }

    @Override
    public Optional<String> get(String key) {
        Timed timed = cache.getIfPresent(key);
        return timed != null && timed.value() instanceof String text ? Optional.of(text) : Optional.empty();
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        cache.put(key, new Timed(value, ttl));
    }

    @Override
    public Optional<String> getAndTouch(String key, Duration ttl) {
        Timed touched = cache.asMap().computeIfPresent(key,
                (k, timed) -> timed.value() instanceof String ? new Timed(timed.value(), ttl) : timed);
        return touched != null && touched.value() instanceof String text ? Optional.of(text) : Optional.empty();
    }

    @Override
    public void remove(String key) {
        cache.invalidate(key);
    }

    @Override
    public void pushVector(String scope, VectorEntry entry, int keep, Duration ttl) {
        if (keep < 1) throw new IllegalArgumentException("keep must be positive: " + keep);
        cache.asMap().compute(scope, (k, timed) -> {
            List<VectorEntry> list = new ArrayList<>(keep);
            list.add(entry);
            for (VectorEntry older : vectorsOf(timed)) {
                if (list.size() == keep) break;
                list.add(older);
            }
            return new Timed(List.copyOf(list), ttl);
        });
    }

    @Override
    public List<VectorEntry> vectors(String scope) {
        return vectorsOf(cache.getIfPresent(scope));
    }

    @SuppressWarnings("unchecked")
    private static List<VectorEntry> vectorsOf(Timed timed) {
        // Only pushVector writes lists, and only lists of entries.
        return timed != null && timed.value() instanceof List<?> list ? (List<VectorEntry>) list : List.of();
    }
}
