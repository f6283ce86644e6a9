package org.botserver.application.knowledge;

import java.util.Objects;

/** A chunk with the embedding of its content, as stored in the vector index. */
public record IndexedChunk(KnowledgeChunk chunk, Embedding vector) {

    public IndexedChunk {
        Objects.requireNonNull(chunk, "chunk");
        Objects.requireNonNull(vector, "vector");
    }
}
