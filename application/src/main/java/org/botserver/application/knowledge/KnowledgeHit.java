package org.botserver.application.knowledge;

import java.util.Objects;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** A chunk found for a question, with its fused score and the knowledge base it belongs to. */
public record KnowledgeHit(KnowledgeBaseId kb, KnowledgeChunk chunk, double score) {

    public KnowledgeHit {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(chunk, "chunk");
    }

    /** The source as shown with an answer: "manuals/guide.pdf, page 3". */
    public String source() {
        return kb.collection() + "/" + chunk.source();
    }
}
