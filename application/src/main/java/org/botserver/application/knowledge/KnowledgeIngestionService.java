package org.botserver.application.knowledge;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * Runs knowledge-base ingestion on the given executor, one run per knowledge base at a time, and reports progress
 * from the runs under way and the document records of the finished ones; long runs log every 100 documents.
 */
public final class KnowledgeIngestionService implements IngestBotKnowledge, QueueKnowledgeIngestion, ReadKnowledgeStatus {

    private static final System.Logger LOG = System.getLogger(KnowledgeIngestionService.class.getName());
    private static final int LOG_EVERY = 100;

    private record Progress(boolean running, int done, int total, long chunks) {
    }

    private final IngestKnowledge ingest;
    private final DocumentRegistry registry;
    private final BotCatalog bots;
    private final Executor executor;
    private final Map<KnowledgeBaseId, Progress> progress = new ConcurrentHashMap<>();
    /** Knowledge bases asked for while their run was under way: run once more after it, to catch the change. */
    private final Set<KnowledgeBaseId> again = ConcurrentHashMap.newKeySet();

    public KnowledgeIngestionService(IngestKnowledge ingest, DocumentRegistry registry, BotCatalog bots, Executor executor) {
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.bots = Objects.requireNonNull(bots, "bots");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public void ingestInBackground(Bot bot) {
        for (String collection : bot.source().knowledgeCollections()) {
            if (!KnowledgeBaseId.isValidCollection(collection)) {
                LOG.log(Level.WARNING, "Bot {0}: the folder {1} is not a knowledge base name; skipped", bot.id().value(), collection);
                continue;
            }
            ingestInBackground(KnowledgeBaseId.of(bot.id(), collection));
        }
    }

    @Override
    public void ingestInBackground(KnowledgeBaseId kb) {
        Progress queued = new Progress(true, 0, 0, 0);
        if (progress.compute(kb, (k, now) -> now != null && now.running() ? now : queued) == queued) {
            executor.execute(() -> run(kb));
        } else {
            again.add(kb);
        }
    }

    private void run(KnowledgeBaseId kb) {
        try {
            IngestReport report = ingest.ingest(new IngestKnowledgeCommand(kb, (base, done, total, chunks) -> {
                progress.put(base, new Progress(true, done, total, chunks));
                if (done % LOG_EVERY == 0) LOG.log(Level.INFO, "Knowledge base {0}: {1} of {2} documents, {3} chunks", base, done, total, chunks);
            }));
            progress.put(kb, new Progress(false, report.documents(), report.documents(), report.chunks()));
            LOG.log(Level.INFO, "Knowledge base {0}: {1} documents ({2} indexed, {3} unchanged, {4} removed, {5} failed), {6} chunks",
                    kb, report.documents(), report.indexed(), report.unchanged(), report.removed(), report.failures().size(), report.chunks());
        } catch (RuntimeException e) {
            progress.computeIfPresent(kb, (k, p) -> new Progress(false, p.done(), p.total(), p.chunks()));
            LOG.log(Level.ERROR, "Knowledge base " + kb + " could not be ingested: " + e.getMessage());
        }
        if (again.remove(kb)) {
            progress.computeIfPresent(kb, (k, p) -> new Progress(true, p.done(), p.total(), p.chunks()));
            executor.execute(() -> run(kb));
        }
    }

    @Override
    public List<KnowledgeStatus> status(BotId id) {
        Bot bot = bots.find(id).orElseThrow(() -> new UnknownBotException(id.value()));
        return bot.source().knowledgeCollections().stream().filter(KnowledgeBaseId::isValidCollection).map(collection -> {
            KnowledgeBaseId kb = KnowledgeBaseId.of(id, collection);
            List<KnowledgeDocument> documents = registry.documents(kb);
            List<IngestReport.Failure> failures = documents.stream().filter(d -> d.status() == DocumentStatus.FAILED)
                    .map(d -> new IngestReport.Failure(d.path(), d.error().orElse(""))).toList();
            Progress now = progress.get(kb);
            if (now != null && now.running()) {
                return new KnowledgeStatus(collection, true, now.done(), now.total(), now.chunks(), failures);
            }
            long chunks = documents.stream().mapToLong(KnowledgeDocument::chunkCount).sum();
            return new KnowledgeStatus(collection, false, documents.size(), documents.size(), chunks, failures);
        }).toList();
    }
}
