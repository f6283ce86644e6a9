package org.botserver.application.cache;

import java.util.Objects;
import org.botserver.application.knowledge.Embedding;

/** A cached question's embedding and the key its answer is stored under. */
public record VectorEntry(String key, Embedding embedding) {

    public VectorEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(embedding, "embedding");
    }
}
