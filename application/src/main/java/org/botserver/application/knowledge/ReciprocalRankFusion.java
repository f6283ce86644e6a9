package org.botserver.application.knowledge;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * Fuses rankings by reciprocal rank fusion: a chunk scores the sum over the rankings of
 * {@code weight / (k + rank)}, rank counted from 1, so chunks ranked high by both kinds of search win without
 * comparing their incomparable raw scores.
 */
final class ReciprocalRankFusion {

    static final int K = 60;

    private final Map<Key, Entry> fused = new LinkedHashMap<>();

    private record Key(KnowledgeBaseId kb, String documentPath, int chunkIndex) {
    }

    private record Entry(KnowledgeHit hit, double score) {
    }

    void add(KnowledgeBaseId kb, List<ChunkHit> ranking, double weight) {
        if (weight == 0) return;
        for (int rank = 1; rank <= ranking.size(); rank++) {
            KnowledgeChunk chunk = ranking.get(rank - 1).chunk();
            double add = weight / (K + rank);
            fused.merge(new Key(kb, chunk.documentPath(), chunk.chunkIndex()),
                    new Entry(new KnowledgeHit(kb, chunk, add), add),
                    (old, ignored) -> new Entry(old.hit(), old.score() + add));
        }
    }

    /** The fused hits scoring at least {@code minScore}, best first, at most {@code limit}. */
    List<KnowledgeHit> best(int limit, double minScore) {
        return fused.values().stream()
                .filter(e -> e.score() >= minScore)
                .sorted(Comparator.comparingDouble(Entry::score).reversed())
                .limit(limit)
                .map(e -> new KnowledgeHit(e.hit().kb(), e.hit().chunk(), e.score()))
                .toList();
    }
}
