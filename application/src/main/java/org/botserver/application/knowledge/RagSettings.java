package org.botserver.application.knowledge;

import java.util.Objects;
import org.botserver.domain.knowledge.ChunkingSettings;

/**
 * The knowledge settings: chunking ({@code rag-chunk-size}, {@code rag-chunk-overlap}), the weights of the dense
 * and word rankings in the fusion ({@code rag-dense-weight}, {@code rag-sparse-weight}), how many hits a search
 * returns ({@code rag-max-results}) and the lowest fused score kept ({@code rag-min-score}).
 */
public record RagSettings(ChunkingSettings chunking, double denseWeight, double sparseWeight, int maxResults,
                          double minScore, int embeddingBatch, int attempts) {

    public RagSettings {
        Objects.requireNonNull(chunking, "chunking");
        if (denseWeight < 0 || sparseWeight < 0 || denseWeight + sparseWeight == 0) {
            throw new IllegalArgumentException("rag-dense-weight and rag-sparse-weight must not be negative, and one must be above 0.");
        }
        if (maxResults < 1 || maxResults > 100) throw new IllegalArgumentException("rag-max-results must be between 1 and 100.");
        if (minScore < 0) throw new IllegalArgumentException("rag-min-score must not be negative.");
        if (embeddingBatch < 1) throw new IllegalArgumentException("The embedding batch holds at least one text.");
        if (attempts < 1) throw new IllegalArgumentException("A document is tried at least once.");
    }

    public static RagSettings defaults() {
        return new RagSettings(ChunkingSettings.defaults(), 1.0, 1.0, 10, 0.0, 32, 3);
    }
}
