package org.botserver.application.knowledge;

import static org.botserver.application.knowledge.KnowledgeFixture.FAQ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.application.llm.Grounding;
import org.botserver.application.llm.KnowledgeContextService;
import org.junit.jupiter.api.Test;

class KnowledgeContextServiceTest {

    private final KnowledgeFixture kb = new KnowledgeFixture()
            .document("returns.md", "Returns are accepted within 30 days of delivery.")
            .document("refunds.md", "Refunds for returns reach the card within five days.")
            .document("shipping.md", "Shipping takes three days.");

    private Grounding ground(String question, int budget) {
        kb.ingest();
        return new KnowledgeContextService(kb.search).ground(FAQ.bot(), List.of("faq"), question, budget);
    }

    @Test
    void the_best_excerpts_come_first_each_headed_by_its_source() {
        Grounding grounding = ground("returns refunds", 1000);

        assertTrue(grounding.promptSection().startsWith(KnowledgeContextService.HEADER));
        assertTrue(grounding.promptSection().contains("[faq/refunds.md]\nRefunds for returns reach the card within five days."));
        assertEquals("faq/refunds.md", grounding.sources().getFirst());
    }

    @Test
    void only_the_excerpts_that_fit_the_token_budget_are_given() {
        Grounding grounding = ground("returns refunds", 110);

        assertEquals(List.of("faq/refunds.md"), grounding.sources());
    }

    @Test
    void a_budget_too_small_for_any_excerpt_grounds_nothing() {
        assertEquals(Grounding.NONE, ground("returns", 10));
    }

    @Test
    void a_failing_search_answers_without_knowledge_instead_of_failing_the_turn() {
        kb.ingest();
        kb.embeddings.failNext(1);

        assertEquals(Grounding.NONE, new KnowledgeContextService(kb.search).ground(FAQ.bot(), List.of("faq"), "returns", 1000));
    }
}
