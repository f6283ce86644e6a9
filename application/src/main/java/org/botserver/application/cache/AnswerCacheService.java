package org.botserver.application.cache;

import java.lang.System.Logger.Level;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.EmbeddingModel;
import org.botserver.application.knowledge.EmbeddingUnavailableException;

/**
 * The answer cache over a {@link CacheStore}: an exact hit on the hash of the whole query, else a semantic
 * hit on the most similar cached question of the same bot, model and context at or above the bot's
 * threshold. Without an embedding model only exact hits are found. A store or model failure is a miss.
 */
public final class AnswerCacheService implements FindCachedAnswer, RememberAnswer {

    /** Questions kept per context for semantic lookups; each lookup compares against all of them. */
    public static final int VECTORS_PER_CONTEXT = 256;

    private static final System.Logger LOG = System.getLogger(AnswerCacheService.class.getName());

    private final CacheStore store;
    private final Optional<RecentEmbeddings> embeddings;

    public AnswerCacheService(CacheStore store, Optional<EmbeddingModel> embeddings) {
        this.store = Objects.requireNonNull(store, "store");
        this.embeddings = embeddings.map(model -> new RecentEmbeddings(model, 1024));
    }

    /** A cache that finds only exact hits. */
    public static AnswerCacheService exactOnly(CacheStore store) {
        return new AnswerCacheService(store, Optional.empty());
    }

    @Override
    public Optional<CacheHit> find(CacheQuery query) {
        if (!query.settings().enabled()) return Optional.empty();
        CacheKeys keys = keysOf(query);
        try {
            Optional<String> exact = store.get(keys.answer());
            if (exact.isPresent()) return Optional.of(new CacheHit(exact.get(), CacheHit.Match.EXACT, 1.0));
            if (embeddings.isEmpty()) return Optional.empty();
            return similar(embeddings.get().of(query.message()), keys, query.settings().threshold());
        } catch (CacheUnavailableException | EmbeddingUnavailableException e) {
            LOG.log(Level.WARNING, "Answer cache lookup skipped: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Remembered remember(CacheQuery query, CachedAnswer answer) {
        if (!query.settings().enabled()) return new Remembered.NotStored(Remembered.Reason.CACHE_OFF);
        if (answer.calledTools()) return new Remembered.NotStored(Remembered.Reason.CALLED_TOOLS);
        if (answer.text().isBlank()) return new Remembered.NotStored(Remembered.Reason.EMPTY_ANSWER);
        CacheKeys keys = keysOf(query);
        try {
            store.put(keys.answer(), answer.text(), query.settings().ttl());
        } catch (CacheUnavailableException e) {
            LOG.log(Level.WARNING, "Answer not cached: {0}", e.getMessage());
            return new Remembered.NotStored(Remembered.Reason.STORE_FAILED);
        }
        return new Remembered.Stored(rememberMeaning(query, keys));
    }

    private boolean rememberMeaning(CacheQuery query, CacheKeys keys) {
        if (embeddings.isEmpty()) return false;
        try {
            Embedding embedding = embeddings.get().of(query.message());
            store.pushVector(keys.vectors(), new VectorEntry(keys.answer(), embedding), VECTORS_PER_CONTEXT,
                    query.settings().ttl());
            return true;
        } catch (CacheUnavailableException | EmbeddingUnavailableException e) {
            LOG.log(Level.WARNING, "Answer cached for exact hits only: {0}", e.getMessage());
            return false;
        }
    }

    private Optional<CacheHit> similar(Embedding question, CacheKeys keys, double threshold) {
        record Scored(VectorEntry entry, double similarity) {}
        List<Scored> candidates = store.vectors(keys.vectors()).stream()
                .filter(entry -> entry.embedding().dimensions() == question.dimensions())
                .map(entry -> new Scored(entry, question.cosine(entry.embedding())))
                .filter(scored -> scored.similarity() >= threshold)
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed())
                .toList();
        for (Scored candidate : candidates) {
            // The list outlives single answers: a candidate whose answer expired is passed over.
            Optional<String> answer = store.get(candidate.entry().key());
            if (answer.isPresent()) {
                return Optional.of(new CacheHit(answer.get(), CacheHit.Match.SEMANTIC, candidate.similarity()));
            }
        }
        return Optional.empty();
    }

    private CacheKeys keysOf(CacheQuery query) {
        return CacheKeys.of(query, embeddings.map(RecentEmbeddings::modelId).orElse("none"));
    }
}
