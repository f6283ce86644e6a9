package org.botserver.application.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * The question, the knowledge bases to search, at most how many hits (else {@code rag-max-results}), and which
 * of their chunks may be found ({@link ChunkFilter#NONE} for all).
 */
public record SearchKnowledgeQuery(List<KnowledgeBaseId> kbs, String text, OptionalInt limit, ChunkFilter filter) {

    public SearchKnowledgeQuery {
        kbs = List.copyOf(kbs);
        if (text == null || text.isBlank()) throw new IllegalArgumentException("Say what to search for.");
        if (limit == null) limit = OptionalInt.empty();
        if (limit.isPresent() && (limit.getAsInt() < 1 || limit.getAsInt() > 100)) {
            throw new IllegalArgumentException("The limit must be between 1 and 100.");
        }
        Objects.requireNonNull(filter, "filter");
    }

    /** A search over every chunk of the knowledge bases. */
    public SearchKnowledgeQuery(List<KnowledgeBaseId> kbs, String text, OptionalInt limit) {
        this(kbs, text, limit, ChunkFilter.NONE);
    }

    public static SearchKnowledgeQuery of(KnowledgeBaseId kb, String text) {
        return new SearchKnowledgeQuery(List.of(kb), text, OptionalInt.empty());
    }
}
