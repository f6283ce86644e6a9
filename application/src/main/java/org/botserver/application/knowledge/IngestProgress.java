package org.botserver.application.knowledge;

import org.botserver.domain.knowledge.KnowledgeBaseId;

/** Hears how far an ingestion run is, after each document. */
@FunctionalInterface
public interface IngestProgress {

    IngestProgress SILENT = (kb, done, total, chunks) -> { };

    void documentDone(KnowledgeBaseId kb, int done, int total, long chunks);
}
