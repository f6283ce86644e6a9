package org.botserver.application.knowledge;

import static org.botserver.application.knowledge.KnowledgeFixture.FAQ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

class ThinkKbKeywordTest {

    private final KnowledgeFixture kb = new KnowledgeFixture()
            .document("returns.md", "Returns are accepted within 30 days of delivery.")
            .document("refunds.md", "Refunds for returns reach the card within five days.")
            .document("shipping.md", "Shipping takes three days.");
    private final TurnScope usingFaq = new TurnScope(FAQ.bot(), ConversationId.random(), "ana", List.of("faq"));

    private CapabilityResult think(TurnScope scope, Value... arguments) {
        return new ThinkKbKeyword(kb.search).perform(new Effect.Capability("THINK KB", List.of(arguments)), scope);
    }

    private static List<Value> hits(CapabilityResult result) {
        return assertInstanceOf(ArrayValue.class, assertInstanceOf(CapabilityResult.Performed.class, result).value()).elements();
    }

    @Test
    void the_hits_come_back_best_first_as_objects_with_content_source_score_and_page() {
        kb.ingest();

        List<Value> hits = hits(think(usingFaq, new TextValue("refunds card")));

        ObjectValue best = assertInstanceOf(ObjectValue.class, hits.getFirst());
        assertEquals(List.of("content", "source", "score", "page"), List.copyOf(best.fields().keySet()));
        assertEquals("Refunds for returns reach the card within five days.", best.get("content").asText());
        assertEquals("faq/refunds.md", best.get("source").asText());
        assertTrue(assertInstanceOf(NumberValue.class, best.get("score")).signum() > 0);
        assertEquals(NullValue.NULL, best.get("page"));
    }

    @Test
    void a_second_argument_caps_the_number_of_hits() {
        kb.ingest();

        assertEquals(1, hits(think(usingFaq, new TextValue("returns days"), NumberValue.of(1))).size());
        assertTrue(hits(think(usingFaq, new TextValue("returns days"))).size() > 1);
    }

    @Test
    void without_a_knowledge_base_in_use_it_says_to_use_one_first() {
        var noKb = new TurnScope(FAQ.bot(), ConversationId.random(), "ana");

        var failed = assertInstanceOf(CapabilityResult.Failed.class, think(noKb, new TextValue("returns")));

        assertTrue(failed.message().contains("USE KB"), failed.message());
    }

    @Test
    void knowledge_bases_switched_off_fail_with_the_reason_instead_of_an_exception() {
        SearchKnowledge off = query -> {
            throw new VectorIndexException("Knowledge bases are off on this server: it has no embedding model.", null);
        };

        var result = new ThinkKbKeyword(off).perform(new Effect.Capability("THINK KB", List.of(new TextValue("returns"))), usingFaq);

        assertEquals(new CapabilityResult.Failed("Knowledge bases are off on this server: it has no embedding model."), result);
    }

    @Test
    void an_unreachable_embedding_model_fails_the_keyword_plainly() {
        kb.ingest();
        kb.embeddings.failNext(1);

        var failed = assertInstanceOf(CapabilityResult.Failed.class, think(usingFaq, new TextValue("returns")));

        assertEquals("The embedding service did not answer.", failed.message());
    }

    @Test
    void a_missing_question_or_a_bad_limit_is_refused_with_the_usage() {
        assertTrue(think(usingFaq) instanceof CapabilityResult.Failed f && f.message().contains("THINK KB \"question\""));
        assertTrue(think(usingFaq, new TextValue(" ")) instanceof CapabilityResult.Failed);
        assertTrue(think(usingFaq, new TextValue("returns"), new TextValue("many")) instanceof CapabilityResult.Failed f
                && f.message().contains("from 1 to 100"));
        assertTrue(think(usingFaq, new TextValue("returns"), NumberValue.of(101)) instanceof CapabilityResult.Failed);
    }

    @Test
    void a_third_argument_searches_only_that_document() {
        kb.ingest();

        List<Value> hits = hits(think(usingFaq, new TextValue("returns days"), NumberValue.of(5), new TextValue("shipping.md")));

        assertEquals(List.of("faq/shipping.md"), hits.stream().map(h -> ((ObjectValue) h).get("source").asText()).toList());
    }

    @Test
    void a_source_that_leaves_the_knowledge_base_is_refused_plainly() {
        kb.ingest();

        var failed = assertInstanceOf(CapabilityResult.Failed.class,
                think(usingFaq, new TextValue("returns"), NumberValue.of(5), new TextValue("../secrets.md")));

        assertTrue(failed.message().startsWith("The source '../secrets.md' names no document or folder"), failed.message());
    }
}
