package org.botserver.application.cache;

import java.util.Objects;

/** A cached answer found for a query: how it matched and how similar the cached question was (1 for exact). */
public record CacheHit(String text, Match match, double similarity) {

    /** How a cached answer was found. */
    public enum Match {
        /** The same message in the same context. */
        EXACT,
        /** A message that means the same, by embedding similarity, in the same context. */
        SEMANTIC
    }

    public CacheHit {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(match, "match");
    }
}
