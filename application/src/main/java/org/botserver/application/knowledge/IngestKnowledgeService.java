package org.botserver.application.knowledge;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.botserver.application.bot.ObjectStore;
import org.botserver.application.bot.StoredObject;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** Ingests a knowledge base's folder from the object store, document by document (see {@link IngestKnowledge}). */
public final class IngestKnowledgeService implements IngestKnowledge {

    private final ObjectStore store;
    private final DocumentRegistry registry;
    private final DocumentIndexer indexer;
    private final int attempts;
    private final KnowledgeCache cache;

    /** Without a search cache to keep fresh. */
    public IngestKnowledgeService(ObjectStore store, DocumentRegistry registry, TextExtractor extractor,
                                  EmbeddingModel embeddings, VectorIndex index, RagSettings settings) {
        this(store, registry, extractor, embeddings, index, settings, KnowledgeCache.NONE);
    }

    public IngestKnowledgeService(ObjectStore store, DocumentRegistry registry, TextExtractor extractor,
                                  EmbeddingModel embeddings, VectorIndex index, RagSettings settings, KnowledgeCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.store = Objects.requireNonNull(store, "store");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.indexer = new DocumentIndexer(extractor, embeddings, index, settings);
        this.attempts = settings.attempts();
    }

    @Override
    public IngestReport ingest(IngestKnowledgeCommand command) {
        KnowledgeBaseId kb = command.kb();
        Map<String, KnowledgeDocument> previous = new LinkedHashMap<>();
        registry.documents(kb).forEach(d -> previous.put(d.path(), d));
        List<StoredObject> files = KnowledgeFolder.files(store, kb);
        int indexed = 0, unchanged = 0, done = 0;
        long chunks = 0;
        List<IngestReport.Failure> failures = new ArrayList<>();
        for (StoredObject file : files) {
            String path = KnowledgeFolder.documentPath(kb, file.path());
            KnowledgeDocument before = previous.remove(path);
            byte[] content = store.read(kb.bot(), file.path());
            String hash = sha256(content);
            if (before != null && before.upToDateWith(hash)) {
                unchanged++;
                chunks += before.chunkCount();
            } else {
                KnowledgeDocument outcome = indexWithRetries(kb, path, content, hash);
                registry.save(outcome);
                switch (outcome.status()) {
                    case INDEXED -> indexed++;
                    case FAILED -> failures.add(new IngestReport.Failure(path, outcome.error().orElse("")));
                }
                chunks += outcome.chunkCount();
            }
            command.progress().documentDone(kb, ++done, files.size(), chunks);
        }
        for (String gone : previous.keySet()) {
            indexer.remove(kb, gone);
            registry.remove(kb, gone);
        }
        // After the index changed, not before: a search running meanwhile keeps its hits under the old generation.
        if (indexed + failures.size() + previous.size() > 0) cache.forget(kb);
        return new IngestReport(kb, files.size(), indexed, unchanged, previous.size(), chunks, failures);
    }

    private KnowledgeDocument indexWithRetries(KnowledgeBaseId kb, String path, byte[] content, String hash) {
        String reason = "";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return KnowledgeDocument.indexed(kb, path, hash, indexer.index(kb, path, content));
            } catch (UnreadableDocumentException e) {
                // Reading the same bytes again gives the same answer: no point retrying.
                return KnowledgeDocument.failed(kb, path, hash, e.getMessage());
            } catch (RuntimeException e) {
                reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        return KnowledgeDocument.failed(kb, path, hash, "Failed after " + attempts + " attempts: " + reason);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256.", e);
        }
    }
}
