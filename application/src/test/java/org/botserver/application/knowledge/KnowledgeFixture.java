package org.botserver.application.knowledge;

import org.botserver.application.bot.InMemoryObjectStore;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** A bot "shop" with a "faq" knowledge base in an in-memory object store, indexed in memory. */
final class KnowledgeFixture {

    static final KnowledgeBaseId FAQ = KnowledgeBaseId.of(new BotId("shop"), "faq");

    final InMemoryObjectStore store = new InMemoryObjectStore();
    final InMemoryDocumentRegistry registry = new InMemoryDocumentRegistry();
    final WordEmbeddings embeddings = new WordEmbeddings();
    final InMemoryVectorIndex index = new InMemoryVectorIndex();
    final RagSettings settings;
    final IngestKnowledgeService ingestion;
    final SearchKnowledgeService search;

    KnowledgeFixture() {
        this(RagSettings.defaults());
    }

    KnowledgeFixture(RagSettings settings) {
        this(settings, KnowledgeCache.NONE);
    }

    /** Searches answered from, and ingestion keeping fresh, the given cache. */
    KnowledgeFixture(RagSettings settings, KnowledgeCache cache) {
        this.settings = settings;
        ingestion = new IngestKnowledgeService(store, registry, new PlainTextExtractor(), embeddings, index, settings, cache);
        search = new SearchKnowledgeService(embeddings, index, settings, cache);
    }

    KnowledgeFixture document(String path, String text) {
        store.put("shop", "shop.gbkb/faq/" + path, text);
        return this;
    }

    IngestReport ingest() {
        return ingestion.ingest(IngestKnowledgeCommand.of(FAQ));
    }
}
