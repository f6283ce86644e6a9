package org.botserver.specs.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.botserver.adapter.out.llm.embedding.EmbeddingModels;
import org.botserver.adapter.out.persistence.lucene.LuceneVectorIndex;
import org.botserver.adapter.out.storage.documents.TikaTextExtractor;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.bot.ObjectStore;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.knowledge.EmbeddingModel;
import org.botserver.application.knowledge.IngestKnowledgeService;
import org.botserver.application.knowledge.KnowledgeIngestionService;
import org.botserver.application.knowledge.KnowledgeStatus;
import org.botserver.application.knowledge.RagSettings;
import org.botserver.application.knowledge.SearchKnowledgeService;
import org.botserver.application.knowledge.ThinkKbKeyword;
import org.botserver.application.llm.KnowledgeContext;
import org.botserver.application.llm.KnowledgeContextService;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.ChunkingSettings;

/**
 * The knowledge bases in this JVM as a server runs them on its defaults: documents read by Tika, embedded by the
 * in-process MiniLM model, kept in an embedded Lucene index in a folder of the target's own, their records in
 * memory. Started on first use, since the model takes a second to load and most scenarios have no knowledge base;
 * a deployed bot's collections are indexed at once, on the deploying thread, so they are ready when it returns.
 */
final class InProcessKnowledge implements AutoCloseable {

    /** The server's defaults (rag-chunk-size, rag-chunk-overlap, the weights, rag-max-results, batches of 32). */
    private static final RagSettings SETTINGS = new RagSettings(new ChunkingSettings(1000, 200), 1.0, 1.0, 10, 0, 32, 3);

    private final Supplier<ObjectStore> packages;
    private final BotCatalog bots;
    private Path folder;
    private LuceneVectorIndex index;
    private KnowledgeIngestionService ingestion;
    private KnowledgeContext context;
    private SearchKnowledgeService search;

    InProcessKnowledge(Supplier<ObjectStore> packages, BotCatalog bots) {
        this.packages = packages;
        this.bots = bots;
    }

    /** Grounds the model's answers in the session's knowledge bases (USE KB); a session with none starts nothing. */
    KnowledgeContext context() {
        return (bot, kbs, question, budget) -> kbs.isEmpty() ? KnowledgeContext.NONE.ground(bot, kbs, question, budget)
                : started().context.ground(bot, kbs, question, budget);
    }

    /** THINK KB, searching the same index. */
    CapabilityHandler thinkKb() {
        return new ThinkKbKeyword(query -> started().search.search(query));
    }

    /** Indexes the bot's collections (its .gbkb folders), if it has any; unchanged documents are skipped. */
    void ingest(Bot bot) {
        if (!bot.source().knowledgeCollections().isEmpty()) started().ingestion.ingestInBackground(bot);
    }

    /** Refuses, saying why, unless the bot's collection was indexed with every one of its documents. */
    void checkIndexed(String botId, String collection) {
        KnowledgeStatus status = status(new BotId(botId)).stream()
                .filter(found -> found.collection().equals(collection)).findFirst()
                .orElseThrow(() -> new TargetRefusal("The bot \"" + botId + "\" has no knowledge base \"" + collection
                        + "\": its documents go in " + botId + ".gbai/" + botId + ".gbkb/" + collection + "/."));
        if (status.documentsTotal() == 0 || status.documentsDone() < status.documentsTotal() || !status.failures().isEmpty()) {
            throw new TargetRefusal("The knowledge base \"" + collection + "\" of \"" + botId + "\" was not indexed: "
                    + status.documentsDone() + " of " + status.documentsTotal() + " documents done"
                    + (status.failures().isEmpty() ? "." : ", failed: " + status.failures()));
        }
    }

    private synchronized List<KnowledgeStatus> status(BotId bot) {
        return ingestion == null ? List.of() : ingestion.status(bot);
    }

    private synchronized InProcessKnowledge started() {
        if (ingestion != null) return this;
        EmbeddingModel model = EmbeddingModels.inProcess();
        try {
            folder = Files.createTempDirectory("botserver-specs-kb-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a folder for the knowledge index: " + e.getMessage(), e);
        }
        index = new LuceneVectorIndex(folder);
        MemoryDocumentRegistry registry = new MemoryDocumentRegistry();
        search = new SearchKnowledgeService(model, index, SETTINGS);
        context = new KnowledgeContextService(search);
        // Runnable::run: ingestion runs on the deploying thread, so the step after the deployment finds it done.
        ingestion = new KnowledgeIngestionService(new IngestKnowledgeService(packages.get(), registry,
                new TikaTextExtractor(), model, index, SETTINGS), registry, bots, Runnable::run);
        return this;
    }

    @Override
    public synchronized void close() {
        if (index != null) index.close();
        if (folder != null) Folders.delete(folder);
    }
}
