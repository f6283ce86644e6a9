package org.botserver.bootstrap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import org.botserver.adapter.out.persistence.lucene.LuceneVectorIndex;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.EmbeddingModel;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.application.knowledge.RagSettings;
import org.botserver.application.knowledge.SearchKnowledgeQuery;
import org.botserver.application.knowledge.SearchKnowledgeService;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * The embedded knowledge index at scale: {@code bench.chunks} (100,000) chunks of 384-dimension vectors (MiniLM's
 * size) and text, written in batches of 1,000 (chunks/s), then hybrid searches (dense + BM25 + fusion) timed p50/p99.
 * Vectors are seeded random, so the numbers are the index's own: query embedding (about 2 ms with MiniLM) is extra.
 * Run: {@code ./mvnw -B -pl bootstrap -am test -Pbench -DskipTests -Dbench.main=org.botserver.bootstrap.bench.KnowledgeBenchmark}.
 */
public final class KnowledgeBenchmark {

    private static final int CHUNKS = Integer.getInteger("bench.chunks", 100_000);
    private static final int QUERIES = Integer.getInteger("bench.queries", 1_000);
    private static final int DIMENSIONS = 384;
    private static final String[] WORDS = ("refund return delivery shipping payment card invoice warranty store opening "
            + "password account gift loyalty points privacy size shoes jacket customs express order parcel discount "
            + "manual router reset cable battery screen printer contract holiday salary office meeting").split(" ");

    private KnowledgeBenchmark() {}

    public static void main(String[] args) throws Exception {
        Random random = new Random(42);
        Path data = Files.createTempDirectory("kb-bench");
        var kb = KnowledgeBaseId.of(new BotId("bench"), "docs");
        try (var index = new LuceneVectorIndex(data)) {
            long start = System.nanoTime();
            for (int from = 0; from < CHUNKS; from += 1_000) {
                List<IndexedChunk> batch = new ArrayList<>(1_000);
                for (int i = from; i < Math.min(from + 1_000, CHUNKS); i++) {
                    var chunk = new KnowledgeChunk("doc-" + (i / 20) + ".pdf", i % 20, OptionalInt.of(1 + i % 20 / 4), text(random, 120));
                    batch.add(new IndexedChunk(chunk, vector(random)));
                }
                index.upsert(kb, batch);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "Indexed %,d chunks in %.1f s: %,.0f chunks/s (index only, vectors given)%n",
                    index.count(kb), seconds, CHUNKS / seconds);

            EmbeddingModel fixed = new RandomVectors(random);
            var search = new SearchKnowledgeService(fixed, index, RagSettings.defaults());
            for (int i = 0; i < 100; i++) search.search(SearchKnowledgeQuery.of(kb, text(random, 8)));
            long[] nanos = new long[QUERIES];
            for (int i = 0; i < QUERIES; i++) {
                String question = text(random, 8);
                long t = System.nanoTime();
                search.search(SearchKnowledgeQuery.of(kb, question));
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "Hybrid search over %,d chunks, %d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    CHUNKS, QUERIES, nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 99 / 100] / 1e6, nanos[QUERIES - 1] / 1e6);
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ". " : " ");
        return text.toString().strip();
    }

    private static Embedding vector(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) v[i] = (float) random.nextGaussian();
        return new Embedding(v);
    }

    /** Stands in for the embedding model so the timings are the index's. */
    private record RandomVectors(Random random) implements EmbeddingModel {
        @Override public List<Embedding> embed(List<String> texts) { return texts.stream().map(t -> vector(random)).toList(); }
        @Override public int dimensions() { return DIMENSIONS; }
        @Override public String modelId() { return "random-384"; }
    }
}
