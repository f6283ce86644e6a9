package org.botserver.adapter.in.rest.knowledge;

import jakarta.json.bind.annotation.JsonbProperty;
import org.botserver.application.knowledge.KnowledgeHit;

/** One search hit: its fused score, the chunk's text, and where it comes from. */
public record KnowledgeHitJson(double score, String content, String source,
                               @JsonbProperty("document_path") String documentPath,
                               @JsonbProperty("chunk_index") int chunkIndex, Integer page) {

    static KnowledgeHitJson of(KnowledgeHit hit) {
        var chunk = hit.chunk();
        return new KnowledgeHitJson(hit.score(), chunk.content(), hit.source(), chunk.documentPath(), chunk.chunkIndex(),
                chunk.page().isPresent() ? chunk.page().getAsInt() : null);
    }
}
