package org.botserver.application.knowledge;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Brings a knowledge base in line with its folder: new and changed documents are (re)indexed, unchanged ones
 * are skipped, deleted ones are removed; a failing document is retried a few times and reported, never
 * blocking the others.
 */
@PrimaryPort
public interface IngestKnowledge {

    IngestReport ingest(IngestKnowledgeCommand command);
}
