package org.botserver.application.knowledge;

import java.util.List;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The record of which documents of a knowledge base were ingested, from which content, with what outcome. */
@SecondaryPort
public interface DocumentRegistry {

    /** The knowledge base's documents, ordered by path. */
    List<KnowledgeDocument> documents(KnowledgeBaseId kb);

    /** Records the document's latest outcome, replacing the previous one for its path. */
    void save(KnowledgeDocument document);

    void remove(KnowledgeBaseId kb, String path);
}
