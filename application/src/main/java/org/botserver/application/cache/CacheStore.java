package org.botserver.application.cache;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Short-lived shared state: texts under keys that expire, and per-scope lists of embeddings for semantic
 * lookups (newest first, capped). Throws {@link CacheUnavailableException} when the store cannot be reached.
 */
@SecondaryPort
public interface CacheStore {

    Optional<String> get(String key);

    /** Stores the value, replacing any, to expire after {@code ttl}. */
    void put(String key, String value, Duration ttl);

    /** The value, its expiry reset to {@code ttl} from now: for entries kept while they are used. */
    Optional<String> getAndTouch(String key, Duration ttl);

    void remove(String key);

    /**
     * Adds the entry at the head of the scope's list, drops the oldest beyond {@code keep} entries, and lets the
     * whole list expire {@code ttl} after this addition.
     */
    void pushVector(String scope, VectorEntry entry, int keep, Duration ttl);

    /** The scope's entries, newest first; empty for an unknown or expired scope. */
    List<VectorEntry> vectors(String scope);
}
