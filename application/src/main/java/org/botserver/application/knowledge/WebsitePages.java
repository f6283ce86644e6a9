package org.botserver.application.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.botserver.application.bot.ObjectStore;
import org.botserver.application.bot.StoredObject;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.domain.bot.PackagePath;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * A web site's pages as files of its collection in the bot's package, {@code <bot>.gbkb/<site>/…html}, so the
 * usual ingestion indexes them like any document: unchanged pages are not embedded again, vanished ones drop out.
 */
public final class WebsitePages {

    private final ObjectStore store;
    private final QueueKnowledgeIngestion ingestion;

    public WebsitePages(ObjectStore store, QueueKnowledgeIngestion ingestion) {
        this.store = Objects.requireNonNull(store, "store");
        this.ingestion = Objects.requireNonNull(ingestion, "ingestion");
    }

    /** Whether the collection holds any page yet. */
    boolean has(KnowledgeBaseId kb) {
        return !KnowledgeFolder.files(store, kb).isEmpty();
    }

    /** Makes the collection hold exactly these pages, then queues its ingestion. */
    void replace(KnowledgeBaseId kb, List<CrawledPage> pages) {
        List<StoredObject> files = store.list(kb.bot());
        if (files.isEmpty()) throw new UnknownBotException(kb.bot().value());
        String folder = files.stream().map(file -> file.path().topFolder())
                .filter(top -> top.equalsIgnoreCase(kb.bot().value() + ".gbkb")).findFirst()
                .orElse(kb.bot().value() + ".gbkb") + "/" + kb.collection() + "/";
        Set<PackagePath> kept = new HashSet<>();
        for (CrawledPage page : pages) {
            PackagePath path = new PackagePath(folder + page.documentPath());
            if (kept.add(path)) store.write(kb.bot(), path, page.html());
        }
        for (StoredObject old : KnowledgeFolder.files(store, kb)) {
            if (!kept.contains(old.path())) store.remove(kb.bot(), old.path());
        }
        ingestion.ingestInBackground(kb);
    }
}
