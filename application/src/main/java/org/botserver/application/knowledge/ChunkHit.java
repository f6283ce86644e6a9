package org.botserver.application.knowledge;

import java.util.Objects;

/** A chunk found by one kind of search, with that search's score (higher is better; scales differ by kind). */
public record ChunkHit(KnowledgeChunk chunk, double score) {

    public ChunkHit {
        Objects.requireNonNull(chunk, "chunk");
    }
}
