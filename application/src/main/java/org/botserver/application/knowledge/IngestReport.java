package org.botserver.application.knowledge;

import java.util.List;
import java.util.Objects;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** What an ingestion run did: documents seen, (re)indexed, unchanged, removed, the chunks written and failures. */
public record IngestReport(KnowledgeBaseId kb, int documents, int indexed, int unchanged, int removed, long chunks,
                           List<Failure> failures) {

    public IngestReport {
        Objects.requireNonNull(kb, "kb");
        failures = List.copyOf(failures);
    }

    /** A document that could not be indexed, and why in plain words. */
    public record Failure(String path, String reason) {
    }
}
