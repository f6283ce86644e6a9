package org.botserver.application.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** A map-backed cache store for the service tests; it can be switched to failing like an unreachable server. */
public final class InMemoryCacheStore implements CacheStore {

    private record Timed<T>(T value, long expiresAtNanos) {
        boolean alive() {
            return System.nanoTime() < expiresAtNanos;
        }
    }

    private final Map<String, Timed<String>> values = new ConcurrentHashMap<>();
    private final Map<String, Timed<List<VectorEntry>>> scopes = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();

    /** From now on every call fails as if the server were unreachable. */
    public void goDown() {
        down.set(true);
    }

    public int size() {
        return values.size();
    }

    @Override
    public Optional<String> get(String key) {
        check();
        Timed<String> timed = values.get(key);
        return timed != null && timed.alive() ? Optional.of(timed.value()) : Optional.empty();
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        check();
        values.put(key, new Timed<>(value, deadline(ttl)));
    }

    @Override
    public Optional<String> getAndTouch(String key, Duration ttl) {
        Optional<String> value = get(key);
        value.ifPresent(v -> values.put(key, new Timed<>(v, deadline(ttl))));
        return value;
    }

    @Override
    public void remove(String key) {
        check();
        values.remove(key);
    }

    @Override
    public synchronized void pushVector(String scope, VectorEntry entry, int keep, Duration ttl) {
        List<VectorEntry> list = new ArrayList<>(vectors(scope));
        list.addFirst(entry);
        scopes.put(scope, new Timed<>(List.copyOf(list.subList(0, Math.min(keep, list.size()))), deadline(ttl)));
    }

    @Override
    public List<VectorEntry> vectors(String scope) {
        check();
        Timed<List<VectorEntry>> timed = scopes.get(scope);
        return timed != null && timed.alive() ? timed.value() : List.of();
    }

    private void check() {
        if (down.get()) throw new CacheUnavailableException("The cache server does not answer.", null);
    }

    private static long deadline(Duration ttl) {
        return System.nanoTime() + ttl.toNanos();
    }
}
