package org.botserver.application.cache;

import java.util.Objects;

/** What the cache did with an answer offered to it: stored it, or left it out and why. */
public sealed interface Remembered {

    /** Kept for later questions, exact and (when an embedding model is there) semantic. */
    record Stored(boolean semantic) implements Remembered {}

    /** Not kept, for the reason given. */
    record NotStored(Reason reason) implements Remembered {
        public NotStored {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why an answer was not kept. */
    enum Reason {
        /** The bot's cache is off. */
        CACHE_OFF,
        /** The model called tools: the answer depends on what they returned this time. */
        CALLED_TOOLS,
        /** There is nothing to reuse in an empty answer. */
        EMPTY_ANSWER,
        /** The cache could not be written; the answer was given anyway. */
        STORE_FAILED
    }
}
