package org.botserver.application.knowledge;

import java.util.Objects;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** A document written into a knowledge base's folder: its path there, and whether it replaced one. */
public record UploadedDocument(KnowledgeBaseId kb, String path, boolean replaced) {

    public UploadedDocument {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(path, "path");
    }
}
