package org.botserver.application.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.application.knowledge.KnowledgeHit;
import org.botserver.application.knowledge.RagSettings;
import org.botserver.application.knowledge.SearchKnowledgeQuery;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.ChunkingSettings;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

class StoredKnowledgeCacheTest {

    private static final KnowledgeBaseId FAQ = KnowledgeBaseId.of(new BotId("shop"), "faq");
    private static final KnowledgeBaseId MANUALS = KnowledgeBaseId.of(new BotId("shop"), "manuals");
    private static final RagSettings DEFAULTS = RagSettings.defaults();

    private final InMemoryCacheStore store = new InMemoryCacheStore();
    private final StoredKnowledgeCache cache = new StoredKnowledgeCache(store);
    private final SearchKnowledgeQuery refunds = SearchKnowledgeQuery.of(FAQ, "refunds");
    private final List<KnowledgeHit> hits = List.of(
            new KnowledgeHit(FAQ, new KnowledgeChunk("refunds.md", 0, OptionalInt.empty(), "Five days."), 0.03));

    @Test
    void entries_are_keyed_by_collection_and_a_hash_of_question_limit_and_ranking_settings() {
        String key = cache.key(refunds, DEFAULTS);

        assertTrue(key.matches("kb:shop_faq:[0-9a-f]{32}"), key);
        assertEquals(key, cache.key(SearchKnowledgeQuery.of(FAQ, " refunds "), DEFAULTS));
        assertNotEquals(key, cache.key(new SearchKnowledgeQuery(List.of(FAQ), "refunds", OptionalInt.of(1)), DEFAULTS));
        assertNotEquals(key, cache.key(refunds, new RagSettings(ChunkingSettings.defaults(), 0, 1, 10, 0, 32, 3)));
        assertNotEquals(key, cache.key(refunds, new RagSettings(ChunkingSettings.defaults(), 1, 1, 10, 0.02, 32, 3)));
        assertTrue(cache.key(new SearchKnowledgeQuery(List.of(FAQ, MANUALS), "refunds", OptionalInt.empty()), DEFAULTS)
                .startsWith("kb:shop_faq+shop_manuals:"));
    }

    @Test
    void kept_hits_are_found_for_the_same_search_for_an_hour() {
        cache.keep(refunds, DEFAULTS, hits);

        assertEquals(hits, cache.find(refunds, DEFAULTS).orElseThrow());
        assertEquals(java.time.Duration.ofHours(1), StoredKnowledgeCache.TTL);
    }

    @Test
    void forgetting_a_collection_drops_its_searches_and_those_spanning_it_but_not_others() {
        var both = new SearchKnowledgeQuery(List.of(FAQ, MANUALS), "refunds", OptionalInt.empty());
        var manualsOnly = SearchKnowledgeQuery.of(MANUALS, "refunds");
        cache.keep(refunds, DEFAULTS, hits);
        cache.keep(both, DEFAULTS, hits);
        cache.keep(manualsOnly, DEFAULTS, List.of());

        cache.forget(FAQ);

        assertTrue(cache.find(refunds, DEFAULTS).isEmpty());
        assertTrue(cache.find(both, DEFAULTS).isEmpty());
        assertEquals(List.of(), cache.find(manualsOnly, DEFAULTS).orElseThrow());
    }

    @Test
    void a_lost_generation_only_causes_misses() {
        cache.keep(refunds, DEFAULTS, hits);

        store.remove("kb:shop_faq:generation");

        assertTrue(cache.find(refunds, DEFAULTS).isEmpty());
    }

    @Test
    void an_unreachable_store_is_a_miss_and_keeping_or_forgetting_does_not_fail() {
        store.goDown();

        assertTrue(cache.find(refunds, DEFAULTS).isEmpty());
        cache.keep(refunds, DEFAULTS, hits);
        cache.forget(FAQ);
    }
}
