package org.botserver.adapter.in.rest.knowledge;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.botserver.application.knowledge.KnowledgeStatus;

/** A collection's indexing state, as {@code GET /api/kb/{bot}/status} shows it. */
public record KnowledgeStatusJson(String collection, boolean running,
                                  @JsonbProperty("documents_done") int documentsDone,
                                  @JsonbProperty("documents_total") int documentsTotal, long chunks,
                                  List<FailureJson> failures) {

    /** A document that could not be indexed, and why. */
    public record FailureJson(String path, String reason) {
    }

    static KnowledgeStatusJson of(KnowledgeStatus status) {
        return new KnowledgeStatusJson(status.collection(), status.running(), status.documentsDone(), status.documentsTotal(),
                status.chunks(), status.failures().stream().map(f -> new FailureJson(f.path(), f.reason())).toList());
    }
}
