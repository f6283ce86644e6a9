package org.botserver.application.knowledge;

import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Takes a document out of a knowledge base: its file, its chunks in the index and its ingestion record. */
@PrimaryPort
public interface RemoveKnowledgeDocument {

    /** False when the knowledge base has no such document (neither a file nor a record). */
    boolean remove(KnowledgeBaseId kb, String documentPath);
}
