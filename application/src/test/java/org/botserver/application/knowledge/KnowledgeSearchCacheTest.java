package org.botserver.application.knowledge;

import static org.botserver.application.knowledge.KnowledgeFixture.FAQ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.botserver.application.cache.InMemoryCacheStore;
import org.botserver.application.cache.StoredKnowledgeCache;
import org.junit.jupiter.api.Test;

class KnowledgeSearchCacheTest {

    private final InMemoryCacheStore store = new InMemoryCacheStore();
    private final KnowledgeFixture kb = new KnowledgeFixture(RagSettings.defaults(), new StoredKnowledgeCache(store))
            .document("returns.md", "Returns are accepted within 30 days of delivery.")
            .document("refunds.md", "Refunds for returns reach the card within five days.");

    private List<KnowledgeHit> search(String text) {
        return kb.search.search(SearchKnowledgeQuery.of(FAQ, text));
    }

    @Test
    void a_repeated_search_is_answered_from_the_cache_without_embedding_or_reading_the_index() {
        kb.ingest();
        List<KnowledgeHit> first = search("refunds card");
        int embedded = kb.embeddings.textsEmbedded();
        int reads = kb.index.reads();

        List<KnowledgeHit> again = search("refunds card");

        assertEquals(first, again);
        assertEquals(embedded, kb.embeddings.textsEmbedded());
        assertEquals(reads, kb.index.reads());
    }

    @Test
    void a_reingested_collection_is_not_served_the_hits_it_had_before() {
        kb.ingest();
        assertEquals("Refunds for returns reach the card within five days.", search("refunds card").getFirst().chunk().content());

        kb.document("refunds.md", "Refunds reach the card within ten days since March.").ingest();

        assertEquals("Refunds reach the card within ten days since March.", search("refunds card").getFirst().chunk().content());
    }

    @Test
    void a_removed_document_is_not_found_again_through_the_cache() {
        kb.ingest();
        assertTrue(search("refunds card").stream().anyMatch(hit -> hit.chunk().documentPath().equals("refunds.md")));

        kb.store.remove("shop", "shop.gbkb/faq/refunds.md");
        kb.ingest();

        assertTrue(search("refunds card").stream().noneMatch(hit -> hit.chunk().documentPath().equals("refunds.md")));
    }

    @Test
    void an_unchanged_collection_keeps_its_cached_hits_after_a_run() {
        kb.ingest();
        search("refunds card");
        int reads = kb.index.reads();

        kb.ingest();
        search("refunds card");

        assertEquals(reads, kb.index.reads());
    }

    @Test
    void an_unreachable_cache_store_leaves_search_working() {
        kb.ingest();
        store.goDown();

        assertEquals("refunds.md", search("refunds card").getFirst().chunk().documentPath());
    }

    @Test
    void a_narrowed_search_is_not_answered_with_the_hits_kept_for_the_whole_collection() {
        kb.ingest();
        assertEquals(2, search("refunds returns card").size());

        var onlyReturns = new SearchKnowledgeQuery(List.of(FAQ), "refunds returns card", OptionalInt.empty(), ChunkFilter.ofSource("returns.md"));

        assertEquals(List.of("returns.md"), kb.search.search(onlyReturns).stream().map(h -> h.chunk().documentPath()).toList());
    }
}
