package org.botserver.application.knowledge;

import static org.botserver.application.knowledge.KnowledgeFixture.FAQ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.ChunkingSettings;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

class SearchKnowledgeTest {

    private static List<String> paths(List<KnowledgeHit> hits) {
        return hits.stream().map(h -> h.chunk().documentPath()).toList();
    }

    private static KnowledgeFixture shop(RagSettings settings) {
        KnowledgeFixture kb = new KnowledgeFixture(settings);
        kb.document("returns.md", "How do I return an order? Returns are accepted within 30 days with the receipt.")
                .document("shipping.md", "Shipping takes three days; express shipping takes one day.")
                .document("payment.md", "We accept cards and bank transfers for every order.");
        kb.ingest();
        return kb;
    }

    @Test
    void the_chunk_that_answers_the_question_comes_first_with_its_source() {
        KnowledgeFixture kb = shop(RagSettings.defaults());

        List<KnowledgeHit> hits = kb.search.search(SearchKnowledgeQuery.of(FAQ, "how long does express shipping take"));

        assertEquals("shipping.md", hits.getFirst().chunk().documentPath());
        assertEquals("faq/shipping.md", hits.getFirst().source());
    }

    @Test
    void a_chunk_found_by_both_searches_scores_the_sum_of_its_reciprocal_ranks() {
        KnowledgeFixture kb = shop(RagSettings.defaults());

        KnowledgeHit best = kb.search.search(SearchKnowledgeQuery.of(FAQ, "express shipping")).getFirst();

        assertEquals(2.0 / 61, best.score(), 1e-9);
    }

    @Test
    void the_limit_and_the_configured_maximum_cap_the_hits() {
        var settings = new RagSettings(ChunkingSettings.defaults(), 1, 1, 2, 0, 32, 3);
        KnowledgeFixture kb = shop(settings);

        assertEquals(2, kb.search.search(SearchKnowledgeQuery.of(FAQ, "order")).size());
        assertEquals(1, kb.search.search(new SearchKnowledgeQuery(List.of(FAQ), "order", OptionalInt.of(1))).size());
    }

    @Test
    void hits_below_the_minimum_score_are_dropped() {
        // Only a chunk ranked first by both searches reaches 2/61; one ranked first by one of them gets 1/61.
        var settings = new RagSettings(ChunkingSettings.defaults(), 1, 1, 10, 1.5 / 61, 32, 3);
        KnowledgeFixture kb = shop(settings);

        assertEquals(List.of("shipping.md"), paths(kb.search.search(SearchKnowledgeQuery.of(FAQ, "express shipping"))));
    }

    @Test
    void with_the_word_weight_at_zero_only_meaning_ranks() {
        var settings = new RagSettings(ChunkingSettings.defaults(), 1, 0, 10, 0, 32, 3);
        KnowledgeFixture kb = shop(settings);

        List<KnowledgeHit> hits = kb.search.search(SearchKnowledgeQuery.of(FAQ, "express shipping"));

        assertEquals(3, hits.size(), "dense search ranks every chunk");
        assertEquals(1.0 / 61, hits.getFirst().score(), 1e-9);
    }

    @Test
    void several_knowledge_bases_are_searched_together() {
        KnowledgeFixture kb = shop(RagSettings.defaults());
        var hr = KnowledgeBaseId.of(new BotId("shop"), "hr");
        kb.store.put("shop", "shop.gbkb/hr/holidays.md", "Staff holidays are booked in the portal.");
        kb.ingestion.ingest(IngestKnowledgeCommand.of(hr));

        List<KnowledgeHit> hits = kb.search.search(new SearchKnowledgeQuery(List.of(FAQ, hr), "staff holidays", OptionalInt.empty()));

        assertEquals(hr, hits.getFirst().kb());
        assertEquals("hr/holidays.md", hits.getFirst().source());
        assertTrue(hits.stream().anyMatch(h -> h.kb().equals(FAQ)));
    }

    @Test
    void no_knowledge_base_means_no_hits_and_no_embedding() {
        KnowledgeFixture kb = shop(RagSettings.defaults());
        int embedded = kb.embeddings.textsEmbedded();

        assertEquals(List.of(), kb.search.search(new SearchKnowledgeQuery(List.of(), "anything", OptionalInt.empty())));
        assertEquals(embedded, kb.embeddings.textsEmbedded());
    }
}
