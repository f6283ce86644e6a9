package org.botserver.adapter.out.persistence.qdrant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.botserver.application.knowledge.ChunkHit;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Both searches can be narrowed to one document's chunks by a Qdrant filter on {@code document_path}. */
class QdrantFilteredSearchTest {

    private static final KnowledgeBaseId MANUALS = KnowledgeBaseId.of(new BotId("support"), "manuals");

    private final FakeQdrant qdrant = new FakeQdrant();
    private final QdrantVectorIndex index = new QdrantVectorIndex(qdrant.client());

    @AfterEach
    void close() {
        index.close();
        qdrant.close();
    }

    private void upsertTwoDocuments() {
        index.upsert(MANUALS, List.of(
                new IndexedChunk(new KnowledgeChunk("router.md", 0, OptionalInt.empty(), "Reset the router."), new Embedding(new float[]{1, 0})),
                new IndexedChunk(new KnowledgeChunk("modem.md", 0, OptionalInt.empty(), "Reset the modem."), new Embedding(new float[]{0.9f, 0.1f})),
                new IndexedChunk(new KnowledgeChunk("modem.md", 1, OptionalInt.empty(), "The modem blinks."), new Embedding(new float[]{0, 1}))));
    }

    private static List<String> sources(List<ChunkHit> hits) {
        return hits.stream().map(h -> h.chunk().documentPath() + "#" + h.chunk().chunkIndex()).toList();
    }

    @Test
    void nearest_within_one_document_finds_only_its_chunks() {
        upsertTwoDocuments();

        var hits = index.nearest(MANUALS, new Embedding(new float[]{1, 0}), 5, Optional.of("modem.md"));

        assertEquals(List.of("modem.md#0", "modem.md#1"), sources(hits));
    }

    @Test
    void matching_within_one_document_finds_only_its_chunks() {
        upsertTwoDocuments();

        assertEquals(List.of("router.md#0"), sources(index.matching(MANUALS, "reset", 5, Optional.of("router.md"))));
        assertEquals(List.of("router.md#0", "modem.md#0"), sources(index.matching(MANUALS, "reset router", 5, Optional.empty())));
    }
}
