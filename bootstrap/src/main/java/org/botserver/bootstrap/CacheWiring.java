package org.botserver.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.botserver.adapter.out.llm.embedding.EmbeddingModels;
import org.botserver.adapter.out.persistence.caffeine.InProcessCache;
import org.botserver.adapter.out.persistence.redis.RedisCache;
import org.botserver.application.access.RateBuckets;
import org.botserver.application.cache.AnswerCacheService;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.FindCachedAnswer;
import org.botserver.application.cache.RememberAnswer;
import org.botserver.application.knowledge.EmbeddingModel;
import org.botserver.application.knowledge.EmbeddingUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cache and the embedding model for the application's lifetime: Redis when REDIS_URL is set (several servers
 * share it), else an in-process cache; embeddings from EMBEDDING_URL's OpenAI-compatible server when set, else
 * the in-process all-MiniLM-L6-v2. Without a working embedding model the answer cache finds exact hits only.
 */
@ApplicationScoped
public class CacheWiring {

    private static final System.Logger LOG = System.getLogger(CacheWiring.class.getName());

    @Inject
    @ConfigProperty(name = "redis.url")
    Optional<String> redisUrl;
    @Inject
    @ConfigProperty(name = "cache.max.entries", defaultValue = "100000")
    long maxEntries;
    @Inject
    @ConfigProperty(name = "embedding.url")
    Optional<String> embeddingUrl;
    @Inject
    @ConfigProperty(name = "embedding.model", defaultValue = "text-embedding-3-small")
    String embeddingModel;
    @Inject
    @ConfigProperty(name = "embedding.key")
    Optional<String> embeddingKey;

    private Optional<RedisCache> redis = Optional.empty();
    private CacheStore store;
    private Optional<EmbeddingModel> embeddings = Optional.empty();
    private String embeddingProblem = "";
    private AnswerCacheService answers;
    private Optional<NativeLibraryDir> nativeLibraries = Optional.empty();

    @PostConstruct
    void start() {
        if (redisUrl.filter(url -> !url.isBlank()).isPresent()) {
            RedisCache connected = RedisCache.connect(redisUrl.get());
            redis = Optional.of(connected);
            store = connected.store();
            LOG.log(Level.INFO, "Cache: Redis");
        } else {
            store = InProcessCache.create(maxEntries);
            LOG.log(Level.INFO, "Cache: in-process, at most {0} entries", maxEntries);
        }
        try {
            embeddings = Optional.of(embeddingUrl.filter(url -> !url.isBlank())
                    .map(url -> EmbeddingModels.openAiCompatible(URI.create(url), embeddingKey, embeddingModel,
                            Duration.ofSeconds(30), 2))
                    .orElseGet(this::inProcessEmbeddings));
            LOG.log(Level.INFO, "Embedding model: {0}", embeddings.get().modelId());
        } catch (EmbeddingUnavailableException | IllegalArgumentException e) {
            embeddingProblem = e.getMessage();
            LOG.log(Level.WARNING, "No embedding model, the answer cache finds exact hits only: {0}", embeddingProblem);
        }
        answers = new AnswerCacheService(store, embeddings);
    }

    private EmbeddingModel inProcessEmbeddings() {
        nativeLibraries = NativeLibraryDir.forThisStart();
        return EmbeddingModels.inProcess();
    }

    @PreDestroy
    void stop() {
        redis.ifPresent(RedisCache::close);
        embeddings.filter(AutoCloseable.class::isInstance).ifPresent(model -> {
            try {
                ((AutoCloseable) model).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Closing the embedding model: {0}", e.getMessage());
            }
        });
        nativeLibraries.ifPresent(NativeLibraryDir::close);
    }

    /** The store every server shares when REDIS_URL is set: for conversations between turns ({@code session:{id}}). */
    Optional<CacheStore> sharedStore() {
        return redis.map(RedisCache::store);
    }

    /** Rate-limit buckets on the cache's Redis when REDIS_URL is set, shared by every server on it. */
    Optional<RateBuckets> sharedRateBuckets() {
        return redis.map(RedisCache::rateBuckets);
    }

    /** Short-lived shared state: cached answers, sessions, knowledge-base results. */
    @Produces
    @ApplicationScoped
    CacheStore cacheStore() {
        return store;
    }

    @Produces
    @ApplicationScoped
    FindCachedAnswer findCachedAnswer() {
        return answers;
    }

    @Produces
    @ApplicationScoped
    RememberAnswer rememberAnswer() {
        return answers;
    }

    /** For the knowledge bases, which cannot work without one: a missing model fails their wiring plainly. */
    @Produces
    @ApplicationScoped
    EmbeddingModel embeddingModel() {
        return embeddings.orElseThrow(() -> new IllegalStateException("No embedding model: " + embeddingProblem));
    }
}
