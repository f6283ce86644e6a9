package org.botserver.application.knowledge;

import java.util.Objects;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** Which knowledge base to ingest, and how to report progress on a long run. */
public record IngestKnowledgeCommand(KnowledgeBaseId kb, IngestProgress progress) {

    public IngestKnowledgeCommand {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(progress, "progress");
    }

    public static IngestKnowledgeCommand of(KnowledgeBaseId kb) {
        return new IngestKnowledgeCommand(kb, IngestProgress.SILENT);
    }
}
