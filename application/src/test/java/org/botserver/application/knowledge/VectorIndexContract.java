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

    private static List<String> sources(List<ChunkHit> hits) {
        return hits.stream().map(h -> h.chunk().documentPath() + "#" + h.chunk().chunkIndex()).toList();
    }

    /** Ten chunks of crowd.md nearer the query and richer in its word than any of target.md's two. */
    private void upsertACrowdAroundTwoChunks() {
        List<IndexedChunk> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) chunks.add(chunk("crowd.md", i, "reset reset reset the router " + i, 1, 0, 0));
        chunks.add(chunk("target.md", 0, "reset the modem", 0, 1, 0));
        chunks.add(chunk("target.md", 1, "to reset, hold the button", 0.2f, 1, 0));
        index.upsert(MANUALS, chunks);
    }

    @Test
    void nearest_within_one_document_finds_its_chunks_even_when_others_are_nearer() {
        upsertACrowdAroundTwoChunks();

        var hits = index.nearest(MANUALS, new Embedding(new float[]{1, 0, 0}), ChunkFilter.ofSource("target.md"), 2);

        assertEquals(List.of("target.md#1", "target.md#0"), sources(hits));
    }

    @Test
    void matching_within_one_document_finds_its_chunks_even_when_others_match_better() {
        upsertACrowdAroundTwoChunks();

        var hits = index.matching(MANUALS, "reset", ChunkFilter.ofSource("target.md"), 2);

        assertEquals(List.of("target.md#0", "target.md#1"), sources(hits).stream().sorted().toList());
        assertEquals(List.of(), index.matching(MANUALS, "router", ChunkFilter.ofSource("target.md"), 5));
    }

    @Test
    void a_folder_filter_finds_documents_at_any_depth_inside_it_and_none_beside_it() {
        index.upsert(MANUALS, List.of(chunk("manuals/router.md", 0, "router manual", 1, 0, 0),
                chunk("manuals/2024/modem.md", 0, "modem manual", 1, 0.1f, 0),
                chunk("manuals-old/fax.md", 0, "fax manual", 1, 0, 0), chunk("faq.md", 0, "manual questions", 1, 0, 0)));
        var inManuals = ChunkFilter.ofSource("manuals/");

        var near = index.nearest(MANUALS, new Embedding(new float[]{1, 0, 0}), inManuals, 10);
        var words = index.matching(MANUALS, "manual", inManuals, 10);

        assertEquals(List.of("manuals/router.md#0", "manuals/2024/modem.md#0"), sources(near));
        assertEquals(List.of("manuals/2024/modem.md#0", "manuals/router.md#0"), sources(words).stream().sorted().toList());
        assertEquals(List.of("manuals/2024/modem.md#0"), sources(index.matching(MANUALS, "manual", ChunkFilter.ofSource("manuals/2024/"), 10)));
    }

    @Test
    void a_page_filter_keeps_only_that_pages_chunks() {
        index.upsert(MANUALS, List.of(
                new IndexedChunk(new KnowledgeChunk("guide.pdf", 0, OptionalInt.of(1), "install the app"), new Embedding(new float[]{1, 0, 0})),
                new IndexedChunk(new KnowledgeChunk("guide.pdf", 1, OptionalInt.of(2), "install the driver"), new Embedding(new float[]{0, 1, 0})),
                new IndexedChunk(new KnowledgeChunk("notes.md", 0, OptionalInt.empty(), "install nothing"), new Embedding(new float[]{1, 0, 0}))));
        var pageTwo = ChunkFilter.ofSource("guide.pdf").onPage(2);

        assertEquals(List.of("guide.pdf#1"), sources(index.nearest(MANUALS, new Embedding(new float[]{1, 0, 0}), pageTwo, 5)));
        assertEquals(List.of("guide.pdf#1"), sources(index.matching(MANUALS, "install", pageTwo, 5)));
    }

    @Test
    void a_filter_nothing_passes_finds_nothing_and_no_filter_finds_everything() {
        index.upsert(MANUALS, List.of(chunk("a.md", 0, "alpha", 1, 0, 0), chunk("b/c.md", 0, "alpha", 0, 1, 0)));

        assertEquals(List.of(), index.nearest(MANUALS, new Embedding(new float[]{1, 0, 0}), ChunkFilter.ofSource("zzz.md"), 5));
        assertEquals(List.of(), index.matching(MANUALS, "alpha", ChunkFilter.ofSource("a/"), 5));
        assertEquals(2, index.matching(MANUALS, "alpha", ChunkFilter.NONE, 5).size());
    }
}
