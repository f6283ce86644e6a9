package org.botserver.application.knowledge;

import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Brings one knowledge base in line with its folder, in the background. */
@PrimaryPort
public interface QueueKnowledgeIngestion {

    /** Queues an ingestion run, or one more after the run under way so it sees the latest files. */
    void ingestInBackground(KnowledgeBaseId kb);
}
