package org.botserver.application.knowledge;

import java.util.List;
import java.util.OptionalInt;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** The question, the knowledge bases to search, and at most how many hits (else {@code rag-max-results}). */
public record SearchKnowledgeQuery(List<KnowledgeBaseId> kbs, String text, OptionalInt limit) {

    public SearchKnowledgeQuery {
        kbs = List.copyOf(kbs);
        if (text == null || text.isBlank()) throw new IllegalArgumentException("Say what to search for.");
        if (limit == null) limit = OptionalInt.empty();
        if (limit.isPresent() && (limit.getAsInt() < 1 || limit.getAsInt() > 100)) {
            throw new IllegalArgumentException("The limit must be between 1 and 100.");
        }
    }

    public static SearchKnowledgeQuery of(KnowledgeBaseId kb, String text) {
        return new SearchKnowledgeQuery(List.of(kb), text, OptionalInt.empty());
    }
}
