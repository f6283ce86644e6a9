package org.botserver.application.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** The vector index in memory: exact cosine search and BM25 over lower-cased words; the services' test double. */
public final class InMemoryVectorIndex implements VectorIndex {

    private final Map<KnowledgeBaseId, Map<String, IndexedChunk>> bases = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    /** How many searches (by meaning or by words) were asked of the index. */
    public int reads() {
        return reads.get();
    }

    @Override
    public void upsert(KnowledgeBaseId kb, List<IndexedChunk> chunks) {
        var base = bases.computeIfAbsent(kb, k -> new ConcurrentHashMap<>());
        chunks.forEach(c -> base.put(c.chunk().documentPath() + "#" + c.chunk().chunkIndex(), c));
    }

    @Override
    public void deleteDocument(KnowledgeBaseId kb, String documentPath) {
        bases.getOrDefault(kb, Map.of()).values().removeIf(c -> c.chunk().documentPath().equals(documentPath));
    }

    @Override
    public List<ChunkHit> nearest(KnowledgeBaseId kb, Embedding query, ChunkFilter filter, int limit) {
        reads.incrementAndGet();
        return bases.getOrDefault(kb, Map.of()).values().stream().filter(c -> filter.accepts(c.chunk()))
                .map(c -> new ChunkHit(c.chunk(), c.vector().cosine(query)))
                .sorted(Comparator.comparingDouble(ChunkHit::score).reversed()).limit(limit).toList();
    }

    @Override
    public List<ChunkHit> matching(KnowledgeBaseId kb, String query, ChunkFilter filter, int limit) {
        reads.incrementAndGet();
        List<IndexedChunk> all = new ArrayList<>(bases.getOrDefault(kb, Map.of()).values());
        double averageLength = all.stream().mapToInt(c -> words(c.chunk().content()).size()).average().orElse(1);
        List<ChunkHit> hits = new ArrayList<>();
        for (IndexedChunk c : all) {
            // Word rarity is counted over the whole knowledge base, as BM25 indexes do; only the candidates are filtered.
            if (!filter.accepts(c.chunk())) continue;
            List<String> words = words(c.chunk().content());
            double score = 0;
            for (String term : words(query).stream().distinct().toList()) {
                long tf = words.stream().filter(term::equals).count();
                if (tf == 0) continue;
                long df = all.stream().filter(o -> words(o.chunk().content()).contains(term)).count();
                double idf = Math.log(1 + (all.size() - df + 0.5) / (df + 0.5));
                score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * words.size() / averageLength));
            }
            if (score > 0) hits.add(new ChunkHit(c.chunk(), score));
        }
        return hits.stream().sorted(Comparator.comparingDouble(ChunkHit::score).reversed()).limit(limit).toList();
    }

    @Override
    public long count(KnowledgeBaseId kb) {
        return bases.getOrDefault(kb, Map.of()).size();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
