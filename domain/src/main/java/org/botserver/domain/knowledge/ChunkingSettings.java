package org.botserver.domain.knowledge;

import org.jmolecules.ddd.annotation.ValueObject;

/** How long chunks are and how much of the previous chunk each one repeats, in characters. */
@ValueObject
public record ChunkingSettings(int size, int overlap) {

    public static final int DEFAULT_SIZE = 1000;
    public static final int DEFAULT_OVERLAP = 200;

    public ChunkingSettings {
        if (size < 50) throw new IllegalArgumentException("rag-chunk-size must be at least 50 characters, not " + size + ".");
        if (overlap < 0 || overlap >= size / 2) {
            throw new IllegalArgumentException("rag-chunk-overlap must be at least 0 and less than half the chunk size, not " + overlap + ".");
        }
    }

    public static ChunkingSettings defaults() {
        return new ChunkingSettings(DEFAULT_SIZE, DEFAULT_OVERLAP);
    }
}
