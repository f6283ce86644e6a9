package org.botserver.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.botserver.adapter.out.persistence.lucene.LuceneVectorIndex;
import org.botserver.adapter.out.persistence.qdrant.QdrantVectorIndex;
import org.botserver.adapter.out.storage.documents.TikaTextExtractor;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.StoredKnowledgeCache;
import org.botserver.application.knowledge.EmbeddingModel;
import org.botserver.application.knowledge.IngestKnowledgeService;
import org.botserver.application.knowledge.KnowledgeDocumentsService;
import org.botserver.application.knowledge.KnowledgeIngestionService;
import org.botserver.application.knowledge.RagSettings;
import org.botserver.application.knowledge.SearchKnowledge;
import org.botserver.application.knowledge.SearchKnowledgeService;
import org.botserver.application.knowledge.VectorIndex;
import org.botserver.application.knowledge.VectorIndexException;
import org.botserver.application.llm.KnowledgeContext;
import org.botserver.application.llm.KnowledgeContextService;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.ChunkingSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The knowledge bases: Qdrant when {@code qdrant.url} (QDRANT_URL) names one, for several servers sharing an
 * index, else the embedded Lucene index under DATA_DIR/kb; documents read by Tika, their records in
 * kb_documents, and ingestion in the background of every bot's collections when it is loaded and whenever its
 * package version changes (checked every {@code rag-watch-seconds}); search hits kept an hour in the cache store
 * (Redis or Caffeine) until their collection changes. Without an embedding model the knowledge
 * bases are off and answers are not grounded.
 */
@ApplicationScoped
public class KnowledgeWiring {

    private static final System.Logger LOG = System.getLogger(KnowledgeWiring.class.getName());

    @Inject
    @ConfigProperty(name = "data.dir", defaultValue = "data")
    String dataDir;
    @Inject
    @ConfigProperty(name = "rag-chunk-size", defaultValue = "1000")
    int chunkSize;
    @Inject
    @ConfigProperty(name = "rag-chunk-overlap", defaultValue = "200")
    int chunkOverlap;
    @Inject
    @ConfigProperty(name = "rag-dense-weight", defaultValue = "1.0")
    double denseWeight;
    @Inject
    @ConfigProperty(name = "rag-sparse-weight", defaultValue = "1.0")
    double sparseWeight;
    @Inject
    @ConfigProperty(name = "rag-max-results", defaultValue = "10")
    int maxResults;
    @Inject
    @ConfigProperty(name = "rag-min-score", defaultValue = "0")
    double minScore;
    @Inject
    @ConfigProperty(name = "rag-watch-seconds", defaultValue = "5")
    long watchSeconds;
    @Inject
    @ConfigProperty(name = "qdrant.url")
    Optional<String> qdrantUrl;
    @Inject
    @ConfigProperty(name = "qdrant.api-key")
    Optional<String> qdrantApiKey;
    @Inject
    Instance<EmbeddingModel> embeddings;
    @Inject
    CacheStore cacheStore;
    @Inject
    Database database;
    @Inject
    BotPackages packages;

    private VectorIndex index;
    private SearchKnowledge search = query -> {
        throw new VectorIndexException("Knowledge bases are off on this server: it has no embedding model.", null);
    };
    private KnowledgeContext context = KnowledgeContext.NONE;
    private KnowledgeIngestionService ingestion;
    private KnowledgeDocumentsService documents;
    private ExecutorService runs;
    private ScheduledExecutorService refresher;
    private final Map<BotId, String> queuedVersions = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        EmbeddingModel model;
        try {
            model = embeddings.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Knowledge bases are off: {0}", e.getMessage());
            return;
        }
        RagSettings settings = new RagSettings(new ChunkingSettings(chunkSize, chunkOverlap), denseWeight, sparseWeight,
                maxResults, minScore, 32, 3);
        try {
            index = openIndex();
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "Knowledge bases are off: {0}", e.getMessage());
            search = query -> {
                throw new VectorIndexException("Knowledge bases are off on this server: " + e.getMessage(), null);
            };
            return;
        }
        StoredKnowledgeCache cache = new StoredKnowledgeCache(cacheStore);
        search = new SearchKnowledgeService(model, index, settings, cache);
        context = new KnowledgeContextService(search);
        // One run at a time: embedding is CPU-bound, and the conversations need the other cores.
        runs = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("kb-ingestion").factory());
        ingestion = new KnowledgeIngestionService(new IngestKnowledgeService(packages.store(), database.knowledgeDocuments(),
                new TikaTextExtractor(), model, index, settings, cache), database.knowledgeDocuments(), packages.bots(), runs);
        documents = new KnowledgeDocumentsService(packages.store(), database.knowledgeDocuments(), index, cache, ingestion);
        refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("kb-refresh").factory());
        refresher.scheduleWithFixedDelay(this::ingestChanged, 0, Math.max(1, watchSeconds), TimeUnit.SECONDS);
        LOG.log(Level.INFO, "Knowledge bases: {0}, {1}", describeIndex(), settings);
    }

    /** Starts the knowledge bases with the application, so collections are indexed before anyone asks. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing is enough: the container creates this bean, and start() runs, to deliver the event.
    }

    /** Qdrant when configured (a shared index for several servers), else the embedded index in the data folder. */
    private VectorIndex openIndex() {
        if (qdrantUrl.isPresent()) return QdrantVectorIndex.connect(qdrantUrl.get(), qdrantApiKey);
        return new LuceneVectorIndex(Path.of(dataDir).toAbsolutePath());
    }

    private String describeIndex() {
        return qdrantUrl.map(url -> "Qdrant collections at " + url)
                .orElseGet(() -> "Lucene indexes under " + Path.of(dataDir).toAbsolutePath().resolve("kb"));
    }

    /** Queues the bots whose package changed since they were last queued (the version hashes every file). */
    private void ingestChanged() {
        try {
            for (Bot bot : packages.bots().all()) {
                if (!bot.version().equals(queuedVersions.put(bot.id(), bot.version()))) ingestion.ingestInBackground(bot);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Queueing knowledge ingestion failed: {0}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (refresher != null) refresher.shutdownNow();
        if (runs != null) {
            runs.shutdownNow();
            try {
                runs.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (index instanceof QdrantVectorIndex qdrant) qdrant.close();
        if (index instanceof LuceneVectorIndex lucene) lucene.close();
    }

    /** The knowledge search; with the knowledge bases off, one that fails saying why. */
    SearchKnowledge search() {
        return search;
    }

    /** Grounds answers in the session's knowledge bases; grounds nothing with them off. */
    KnowledgeContext context() {
        return context;
    }

    /** The background ingestion, absent with the knowledge bases off. */
    Optional<KnowledgeIngestionService> ingestion() {
        return Optional.ofNullable(ingestion);
    }

    /** Uploads and removals of documents; with the knowledge bases off they fail saying why. */
    KnowledgeDocumentsService documents() {
        if (documents == null) {
            throw new VectorIndexException("Knowledge bases are off on this server: it has no embedding model or index.", null);
        }
        return documents;
    }
}
