package org.botserver.bootstrap.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.botserver.adapter.out.llm.embedding.EmbeddingModels;
import org.botserver.adapter.out.persistence.caffeine.InProcessCache;
import org.botserver.adapter.out.persistence.redis.RedisCache;
import org.botserver.application.cache.AnswerCacheService;
import org.botserver.application.cache.CacheQuery;
import org.botserver.application.cache.CacheSettings;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.CachedAnswer;
import org.botserver.application.knowledge.EmbeddingModel;
import org.botserver.domain.bot.BotId;
import redis.embedded.RedisServer;

/**
 * Cached-answer latency (p50/p99) and hit rate on {@link ParaphraseSet}, in-process embedding included, over the
 * in-process store and a real Redis. Run: {@code ./mvnw -B -pl bootstrap -am test -Pbench -DskipTests}.
 */
public final class CacheBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 50);
    private static final double THRESHOLD = Double.parseDouble(System.getProperty("bench.threshold", "0.95"));
    private static final CacheSettings SETTINGS = new CacheSettings(true, java.time.Duration.ofHours(24), THRESHOLD);

    private CacheBenchmark() {}

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        EmbeddingModel model = EmbeddingModels.inProcess();
        model.embed("warm up");
        System.out.printf(Locale.ROOT, "Embedding model %s loaded in %.0f ms%n", model.modelId(), (System.nanoTime() - start) / 1e6);
        SimilarityTable.print(model);
        run("in-process store (Caffeine)", InProcessCache.create(), model);
        int port = Integer.getInteger("bench.redis.port", 16379);
        RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
        redis.start();
        try (RedisCache cache = RedisCache.connect("redis://127.0.0.1:" + port)) {
            run("Redis 6.2 store (embedded, loopback)", cache.store(), model);
        } finally {
            redis.stop();
        }
    }

    private static CacheQuery ask(String message) {
        return new CacheQuery(new BotId("bench"), "gpt-4o-mini", "You are the shop's assistant.", "[]", "[]", message,
                SETTINGS);
    }

    private static void run(String name, CacheStore store, EmbeddingModel model) {
        AnswerCacheService filling = new AnswerCacheService(store, Optional.of(model));
        List<ParaphraseSet.Pair> pairs = ParaphraseSet.PAIRS;
        // Other questions in the same context, so each semantic lookup scans a near-full list (230 of 256).
        IntStream.range(0, 200).forEach(i -> filling.remember(ask("Other question number " + i + " about item " + (i * 7919 % 1000)),
                CachedAnswer.of("Other answer " + i)));
        pairs.forEach(p -> filling.remember(ask(p.question()), CachedAnswer.of("Answer to: " + p.question())));

        Latencies exact = new Latencies(), semantic = new Latencies(), miss = new Latencies();
        int hits = 0, wrong = 0, falseHits = 0;
        for (int round = -5; round < ROUNDS; round++) {
            boolean measured = round >= 0;
            // A new service each round: its memo of recent embeddings is empty, so every lookup embeds again.
            AnswerCacheService cache = new AnswerCacheService(store, Optional.of(model));
            for (ParaphraseSet.Pair p : pairs) {
                long t = System.nanoTime();
                var hit = cache.find(ask(p.question()));
                if (measured) exact.add(System.nanoTime() - t);
                if (hit.isEmpty()) throw new IllegalStateException("exact miss: " + p.question());
            }
            for (ParaphraseSet.Pair p : pairs) {
                long t = System.nanoTime();
                var hit = cache.find(ask(p.paraphrase()));
                if (!measured) continue;
                semantic.add(System.nanoTime() - t);
                if (hit.isPresent() && hit.get().text().equals("Answer to: " + p.question())) hits++;
                else if (hit.isPresent()) wrong++;
            }
            for (String q : ParaphraseSet.UNRELATED) {
                long t = System.nanoTime();
                var hit = cache.find(ask(q));
                if (!measured) continue;
                miss.add(System.nanoTime() - t);
                if (hit.isPresent()) falseHits++;
            }
        }
        int asked = ROUNDS * pairs.size();
        System.out.printf(Locale.ROOT, "%n%s, threshold %.2f, %d rounds%n", name, THRESHOLD, ROUNDS);
        System.out.println("  exact hit                  " + exact.summary());
        System.out.println("  paraphrase (embed + scan)  " + semantic.summary());
        System.out.println("  unrelated (embed + scan)   " + miss.summary());
        System.out.printf(Locale.ROOT, "  paraphrase hit rate %.1f%% (%d/%d), wrong answers %d, false hits on unrelated %d/%d%n",
                100.0 * hits / asked, hits, asked, wrong, falseHits, ROUNDS * ParaphraseSet.UNRELATED.size());
    }
}
