package org.botserver.specs.target;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.application.knowledge.DocumentRegistry;
import org.botserver.application.knowledge.KnowledgeDocument;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** The knowledge-base document records of one in-process target, in memory; it passes the registry contract. */
final class MemoryDocumentRegistry implements DocumentRegistry {

    private record Key(KnowledgeBaseId kb, String path) {
    }

    private final Map<Key, KnowledgeDocument> documents = new ConcurrentHashMap<>();

    @Override
    public List<KnowledgeDocument> documents(KnowledgeBaseId kb) {
        return documents.values().stream().filter(d -> d.kb().equals(kb))
                .sorted(Comparator.comparing(KnowledgeDocument::path)).toList();
    }

    @Override
    public void save(KnowledgeDocument document) {
        documents.put(new Key(document.kb(), document.path()), document);
    }

    @Override
    public void remove(KnowledgeBaseId kb, String path) {
        documents.remove(new Key(kb, path));
    }
}
