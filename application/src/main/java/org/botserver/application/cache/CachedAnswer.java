package org.botserver.application.cache;

import java.util.Objects;

/** A model's final answer offered to the cache, and whether the model called tools on the way to it. */
public record CachedAnswer(String text, boolean calledTools) {

    public CachedAnswer {
        Objects.requireNonNull(text, "text");
    }

    /** An answer the model wrote without calling any tool. */
    public static CachedAnswer of(String text) {
        return new CachedAnswer(text, false);
    }
}
