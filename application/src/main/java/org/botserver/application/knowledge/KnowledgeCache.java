package org.botserver.application.knowledge;

import java.util.List;
import java.util.Optional;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Keeps the hits of recent searches for a while, so a repeated question is answered without embedding it or
 * reading the index again; a knowledge base whose documents change is forgotten, so no search sees stale hits.
 * Implementations treat an unreachable store as a miss.
 */
@SecondaryPort
public interface KnowledgeCache {

    /** No cache: every search reads the index. */
    KnowledgeCache NONE = new KnowledgeCache() {
        @Override
        public Optional<List<KnowledgeHit>> find(SearchKnowledgeQuery query, RagSettings settings) {
            return Optional.empty();
        }

        @Override
        public void keep(SearchKnowledgeQuery query, RagSettings settings, List<KnowledgeHit> hits) {
        }

        @Override
        public void forget(KnowledgeBaseId kb) {
        }
    };

    /** The hits kept for the same question, limit and ranking settings over the same knowledge bases. */
    Optional<List<KnowledgeHit>> find(SearchKnowledgeQuery query, RagSettings settings);

    void keep(SearchKnowledgeQuery query, RagSettings settings, List<KnowledgeHit> hits);

    /** The knowledge base's documents changed: nothing kept for it before now is found again. */
    void forget(KnowledgeBaseId kb);
}
