package org.botserver.application.knowledge;

import java.util.List;
import java.util.Objects;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** Searches knowledge bases by meaning and by words and fuses the rankings (see {@link SearchKnowledge}). */
public final class SearchKnowledgeService implements SearchKnowledge {

    /** Each ranking is taken deeper than the answer, so a chunk found late by one search can still win by fusion. */
    private static final int DEPTH_FACTOR = 3;

    private final EmbeddingModel embeddings;
    private final VectorIndex index;
    private final RagSettings settings;

    public SearchKnowledgeService(EmbeddingModel embeddings, VectorIndex index, RagSettings settings) {
        this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
        this.index = Objects.requireNonNull(index, "index");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public List<KnowledgeHit> search(SearchKnowledgeQuery query) {
        if (query.kbs().isEmpty()) return List.of();
        int limit = query.limit().orElse(settings.maxResults());
        int depth = Math.max(limit * DEPTH_FACTOR, 20);
        Embedding vector = settings.denseWeight() > 0 ? embeddings.embed(query.text()) : null;
        ReciprocalRankFusion fusion = new ReciprocalRankFusion();
        for (KnowledgeBaseId kb : query.kbs()) {
            if (vector != null) fusion.add(kb, index.nearest(kb, vector, depth), settings.denseWeight());
            if (settings.sparseWeight() > 0) {
                fusion.add(kb, index.matching(kb, query.text(), depth), settings.sparseWeight());
            }
        }
        return fusion.best(limit, settings.minScore());
    }
}
