package org.botserver.application.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * Searches knowledge bases by meaning and by words and fuses the rankings (see {@link SearchKnowledge}); hits
 * kept by the knowledge cache for the same search are given without embedding the question again.
 */
public final class SearchKnowledgeService implements SearchKnowledge {

    /** Each ranking is taken deeper than the answer, so a chunk found late by one search can still win by fusion. */
    private static final int DEPTH_FACTOR = 3;

    private final EmbeddingModel embeddings;
    private final VectorIndex index;
    private final RagSettings settings;
    private final KnowledgeCache cache;

    /** Without a cache: every search reads the index. */
    public SearchKnowledgeService(EmbeddingModel embeddings, VectorIndex index, RagSettings settings) {
        this(embeddings, index, settings, KnowledgeCache.NONE);
    }

    public SearchKnowledgeService(EmbeddingModel embeddings, VectorIndex index, RagSettings settings, KnowledgeCache cache) {
        this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
        this.index = Objects.requireNonNull(index, "index");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public List<KnowledgeHit> search(SearchKnowledgeQuery query) {
        if (query.kbs().isEmpty()) return List.of();
        Optional<List<KnowledgeHit>> kept = cache.find(query, settings);
        if (kept.isPresent()) return kept.get();
        List<KnowledgeHit> hits = searchIndex(query);
        cache.keep(query, settings, hits);
        return hits;
    }

    private List<KnowledgeHit> searchIndex(SearchKnowledgeQuery query) {
        int limit = query.limit().orElse(settings.maxResults());
        int depth = Math.max(limit * DEPTH_FACTOR, 20);
        Embedding vector = settings.denseWeight() > 0 ? embeddings.embed(query.text()) : null;
        ReciprocalRankFusion fusion = new ReciprocalRankFusion();
        for (KnowledgeBaseId kb : query.kbs()) {
            if (vector != null) fusion.add(kb, index.nearest(kb, vector, query.filter(), depth), settings.denseWeight());
            if (settings.sparseWeight() > 0) {
                fusion.add(kb, index.matching(kb, query.text(), query.filter(), depth), settings.sparseWeight());
            }
        }
        return fusion.best(limit, settings.minScore());
    }
}
