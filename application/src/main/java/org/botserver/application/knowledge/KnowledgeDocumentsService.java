package org.botserver.application.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.botserver.application.bot.ObjectStore;
import org.botserver.application.bot.StoredObject;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * Uploads documents into knowledge bases and removes them (see {@link UploadKnowledgeDocument},
 * {@link RemoveKnowledgeDocument}). The object store writes whole packages, so each change rewrites the bot's
 * package with one file more or less; changes to one bot are made one at a time so none is lost.
 */
public final class KnowledgeDocumentsService implements UploadKnowledgeDocument, RemoveKnowledgeDocument {

    private final ObjectStore store;
    private final DocumentRegistry registry;
    private final VectorIndex index;
    private final KnowledgeCache cache;
    private final QueueKnowledgeIngestion ingestion;
    private final Map<BotId, ReentrantLock> locks = new ConcurrentHashMap<>();

    public KnowledgeDocumentsService(ObjectStore store, DocumentRegistry registry, VectorIndex index, KnowledgeCache cache,
                                     QueueKnowledgeIngestion ingestion) {
        this.store = Objects.requireNonNull(store, "store");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.index = Objects.requireNonNull(index, "index");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.ingestion = Objects.requireNonNull(ingestion, "ingestion");
    }

    @Override
    public UploadedDocument upload(UploadDocumentCommand command) {
        KnowledgeBaseId kb = command.kb();
        boolean replaced;
        ReentrantLock lock = lockOf(kb.bot());
        lock.lock();
        try {
            List<StoredObject> files = packageOf(kb.bot());
            PackagePath target = new PackagePath(gbkbFolder(kb.bot(), files) + "/" + kb.collection() + "/" + command.name());
            replaced = files.stream().anyMatch(file -> file.path().equals(target));
            store.write(kb.bot(), target, command.content());
        } finally {
            lock.unlock();
        }
        ingestion.ingestInBackground(kb);
        return new UploadedDocument(kb, command.name(), replaced);
    }

    @Override
    public boolean remove(KnowledgeBaseId kb, String documentPath) {
        String problem = PackagePath.problemWith(documentPath);
        if (problem != null) throw new InvalidCommandException(problem);
        ReentrantLock lock = lockOf(kb.bot());
        lock.lock();
        try {
            List<StoredObject> files = packageOf(kb.bot());
            PackagePath target = new PackagePath(gbkbFolder(kb.bot(), files) + "/" + kb.collection() + "/" + documentPath);
            boolean stored = files.stream().anyMatch(file -> file.path().equals(target));
            boolean recorded = registry.documents(kb).stream().anyMatch(document -> document.path().equals(documentPath));
            if (!stored && !recorded) return false;
            if (stored) store.remove(kb.bot(), target);
            index.deleteDocument(kb, documentPath);
            registry.remove(kb, documentPath);
        } finally {
            lock.unlock();
        }
        cache.forget(kb);
        return true;
    }

    private ReentrantLock lockOf(BotId bot) {
        return locks.computeIfAbsent(bot, id -> new ReentrantLock());
    }

    private List<StoredObject> packageOf(BotId bot) {
        List<StoredObject> files = store.list(bot);
        if (files.isEmpty()) throw new UnknownBotException(bot.value());
        return files;
    }

    /** The package's .gbkb folder as it is spelled there, else {@code <bot>.gbkb}. */
    private static String gbkbFolder(BotId bot, List<StoredObject> files) {
        return files.stream().map(file -> file.path().topFolder())
                .filter(folder -> folder.equalsIgnoreCase(bot.value() + ".gbkb")).findFirst()
                .orElse(bot.value() + ".gbkb");
    }
}
