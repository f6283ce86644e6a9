package org.botserver.application.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link VectorIndex} adapter does; each adapter's test extends this with a fresh index. */
public abstract class VectorIndexContract {

    protected static final KnowledgeBaseId MANUALS = KnowledgeBaseId.of(new BotId("support"), "manuals");
    protected static final KnowledgeBaseId POLICIES = KnowledgeBaseId.of(new BotId("support"), "policies");

    protected VectorIndex index;

    /** A new, empty index. */
    protected abstract VectorIndex newIndex();

    @BeforeEach
    void createIndex() {
        index = newIndex();
    }

    protected static IndexedChunk chunk(String path, int i, String content, float... vector) {
        return new IndexedChunk(new KnowledgeChunk(path, i, OptionalInt.empty(), content), new Embedding(vector));
    }

    private static List<String> contents(List<ChunkHit> hits) {
        return hits.stream().map(h -> h.chunk().content()).toList();
    }

    @Test
    void nearest_returns_the_closest_vectors_first_up_to_the_limit() {
        index.upsert(MANUALS, List.of(chunk("a.md", 0, "north", 0, 1, 0), chunk("a.md", 1, "east", 1, 0, 0),
                chunk("b.md", 0, "north-east", 1, 1, 0)));

        List<ChunkHit> hits = index.nearest(MANUALS, new Embedding(new float[]{0.1f, 1, 0}), 2);

        assertEquals(List.of("north", "north-east"), contents(hits));
        assertTrue(hits.get(0).score() > hits.get(1).score());
    }

    @Test
    void a_chunk_keeps_its_path_index_page_and_content() {
        var chunk = new KnowledgeChunk("guide.pdf", 7, OptionalInt.of(3), "Press the red button.");
        index.upsert(MANUALS, List.of(new IndexedChunk(chunk, new Embedding(new float[]{1, 2, 3}))));

        assertEquals(chunk, index.nearest(MANUALS, new Embedding(new float[]{1, 2, 3}), 1).getFirst().chunk());
        assertEquals(chunk, index.matching(MANUALS, "red button", 1).getFirst().chunk());
    }

    @Test
    void upserting_the_same_path_and_index_replaces_the_chunk() {
        index.upsert(MANUALS, List.of(chunk("a.md", 0, "old text", 1, 0, 0)));
        index.upsert(MANUALS, List.of(chunk("a.md", 0, "new text", 1, 0, 0)));

        assertEquals(1, index.count(MANUALS));
        assertEquals(List.of("new text"), contents(index.nearest(MANUALS, new Embedding(new float[]{1, 0, 0}), 5)));
    }

    @Test
    void deleting_a_document_removes_only_its_chunks() {
        index.upsert(MANUALS, List.of(chunk("a.md", 0, "alpha one", 1, 0, 0), chunk("a.md", 1, "alpha two", 1, 1, 0),
                chunk("b.md", 0, "beta", 0, 1, 0)));

        index.deleteDocument(MANUALS, "a.md");
        index.deleteDocument(MANUALS, "never-there.md");

        assertEquals(1, index.count(MANUALS));
        assertEquals(List.of("beta"), contents(index.nearest(MANUALS, new Embedding(new float[]{1, 0, 0}), 5)));
        assertEquals(List.of(), index.matching(MANUALS, "alpha", 5));
    }

    @Test
    void matching_ranks_chunks_by_their_words() {
        index.upsert(MANUALS, List.of(chunk("a.md", 0, "Refunds are paid within five days of the return.", 1, 0, 0),
                chunk("b.md", 0, "Shipping takes two days.", 0, 1, 0),
                chunk("c.md", 0, "Refunds: refund requests need the receipt; refunds go to the card.", 0, 0, 1)));

        List<ChunkHit> hits = index.matching(MANUALS, "refunds", 5);

        assertEquals(List.of("c.md", "a.md"), hits.stream().map(h -> h.chunk().documentPath()).toList());
        assertTrue(hits.get(0).score() > hits.get(1).score());
    }

    @Test
    void matching_ignores_case_and_punctuation_and_finds_nothing_for_unknown_words() {
        index.upsert(MANUALS, List.of(chunk("a.md", 0, "The WIFI password is on the router.", 1, 0, 0)));

        assertEquals(1, index.matching(MANUALS, "wifi?", 5).size());
        assertEquals(List.of(), index.matching(MANUALS, "zeppelin", 5));
    }

    @Test
    void knowledge_bases_are_kept_apart() {
        index.upsert(MANUALS, List.of(chunk("a.md", 0, "manual text", 1, 0, 0)));
        index.upsert(POLICIES, List.of(chunk("a.md", 0, "policy text", 1, 0, 0)));

        index.deleteDocument(POLICIES, "a.md");

        assertEquals(List.of("manual text"), contents(index.matching(MANUALS, "text", 5)));
        assertEquals(0, index.count(POLICIES));
    }

    @Test
    void an_unknown_knowledge_base_is_empty() {
        var unknown = KnowledgeBaseId.of(new BotId("nobody"), "nothing");

        assertEquals(0, index.count(unknown));
        assertEquals(List.of(), index.nearest(unknown, new Embedding(new float[]{1, 0, 0}), 5));
        assertEquals(List.of(), index.matching(unknown, "anything", 5));
    }
}
