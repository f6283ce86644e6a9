package org.botserver.application.knowledge;

import java.util.Objects;
import java.util.Optional;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** A document of a knowledge base as last ingested: its content hash, chunk count, status and why it failed. */
public record KnowledgeDocument(KnowledgeBaseId kb, String path, String contentHash, int chunkCount,
                                DocumentStatus status, Optional<String> error) {

    public KnowledgeDocument {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        if (chunkCount < 0) throw new IllegalArgumentException("A chunk count is never negative.");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
    }

    public static KnowledgeDocument indexed(KnowledgeBaseId kb, String path, String hash, int chunks) {
        return new KnowledgeDocument(kb, path, hash, chunks, DocumentStatus.INDEXED, Optional.empty());
    }

    public static KnowledgeDocument failed(KnowledgeBaseId kb, String path, String hash, String error) {
        return new KnowledgeDocument(kb, path, hash, 0, DocumentStatus.FAILED, Optional.of(error));
    }

    public boolean upToDateWith(String hash) {
        return status == DocumentStatus.INDEXED && contentHash.equals(hash);
    }
}
