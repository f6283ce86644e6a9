package org.botserver.application.cache;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.botserver.application.knowledge.KnowledgeCache;
import org.botserver.application.knowledge.KnowledgeHit;
import org.botserver.application.knowledge.RagSettings;
import org.botserver.application.knowledge.SearchKnowledgeQuery;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * The knowledge cache in the cache store (Caffeine in process, Redis when shared): hits under
 * {@code kb:{collection}:{hash}} for an hour, the hash covering the question, the limit, the chunk filter, the ranking
 * settings and each knowledge base's generation. Forgetting a knowledge base gives it a new generation, so its old entries are
 * never found again and simply expire; a lost generation (expired or evicted) is replaced the same way, which can
 * only cause misses, never stale hits.
 */
public final class StoredKnowledgeCache implements KnowledgeCache {

    public static final Duration TTL = Duration.ofHours(1);
    /** Kept while used; far longer than the entries it guards, so losing it only costs a round of misses. */
    private static final Duration GENERATION_TTL = Duration.ofDays(1);
    private static final System.Logger LOG = System.getLogger(StoredKnowledgeCache.class.getName());

    private final CacheStore store;

    public StoredKnowledgeCache(CacheStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<List<KnowledgeHit>> find(SearchKnowledgeQuery query, RagSettings settings) {
        try {
            return store.get(key(query, settings)).flatMap(KnowledgeHitsText::decode);
        } catch (CacheUnavailableException e) {
            LOG.log(Level.WARNING, "Knowledge cache lookup skipped: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void keep(SearchKnowledgeQuery query, RagSettings settings, List<KnowledgeHit> hits) {
        try {
            store.put(key(query, settings), KnowledgeHitsText.encode(hits), TTL);
        } catch (CacheUnavailableException e) {
            LOG.log(Level.WARNING, "Knowledge search not cached: {0}", e.getMessage());
        }
    }

    @Override
    public void forget(KnowledgeBaseId kb) {
        try {
            store.put(generationKey(kb), UUID.randomUUID().toString(), GENERATION_TTL);
        } catch (CacheUnavailableException e) {
            // Nothing can be served from a store that cannot be reached either; the next lookup skips it too.
            LOG.log(Level.WARNING, "Knowledge cache for " + kb + " not reset: " + e.getMessage());
        }
    }

    /** {@code kb:{collection}:{hash}}, the collections joined with "+" when a search spans several. */
    String key(SearchKnowledgeQuery query, RagSettings settings) {
        String collections = query.kbs().stream().map(KnowledgeBaseId::indexName).collect(Collectors.joining("+"));
        String generations = query.kbs().stream().map(this::generation).collect(Collectors.joining(","));
        return "kb:" + collections + ":" + CacheKeys.sha256(query.text().strip(),
                query.limit().isPresent() ? Integer.toString(query.limit().getAsInt()) : "default:" + settings.maxResults(),
                Double.toString(settings.denseWeight()), Double.toString(settings.sparseWeight()),
                Double.toString(settings.minScore()), generations, query.filter().toString());
    }

    private String generation(KnowledgeBaseId kb) {
        String key = generationKey(kb);
        return store.getAndTouch(key, GENERATION_TTL).orElseGet(() -> {
            String fresh = UUID.randomUUID().toString();
            store.put(key, fresh, GENERATION_TTL);
            return fresh;
        });
    }

    private static String generationKey(KnowledgeBaseId kb) {
        return "kb:" + kb.indexName() + ":generation";
    }
}
