package org.botserver.application.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A knowledge base's indexing state: whether a run is under way, the documents done of those seen by the current
 * or last run, the chunks indexed, and the documents that failed with why.
 */
public record KnowledgeStatus(String collection, boolean running, int documentsDone, int documentsTotal, long chunks,
                              List<IngestReport.Failure> failures) {

    public KnowledgeStatus {
        Objects.requireNonNull(collection, "collection");
        failures = List.copyOf(failures);
    }
}
