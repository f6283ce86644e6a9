package org.botserver.application.cache;

import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Looks for an answer already given to the same question, or one that means the same, in the same context. */
@PrimaryPort
public interface FindCachedAnswer {

    /** Empty when the bot's cache is off, nothing matches, or the cache cannot be reached (a miss, never an error). */
    Optional<CacheHit> find(CacheQuery query);
}
