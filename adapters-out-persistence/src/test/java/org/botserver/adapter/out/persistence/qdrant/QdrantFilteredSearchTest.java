package org.botserver.adapter.out.persistence.qdrant;

import static io.qdrant.client.ValueFactory.list;
import static io.qdrant.client.ValueFactory.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.qdrant.client.ConditionFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.FieldType;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.botserver.application.knowledge.ChunkFilter;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Chunk filters reach Qdrant as payload filters in the search request, so Qdrant ranks only the chunks that pass;
 * a document's folders are written as a keyword array, indexed, since Qdrant cannot match a path by prefix.
 */
class QdrantFilteredSearchTest {

    private static final KnowledgeBaseId MANUALS = KnowledgeBaseId.of(new BotId("support"), "manuals");

    private final FakeQdrant qdrant = new FakeQdrant();
    private final QdrantVectorIndex index = new QdrantVectorIndex(qdrant.client());

    @AfterEach
    void close() {
        index.close();
        qdrant.close();
    }

    @Test
    void a_document_in_folders_carries_each_folder_above_it_and_the_folders_are_indexed() {
        index.upsert(MANUALS, List.of(new IndexedChunk(new KnowledgeChunk("manuals/2024/modem.md", 0, OptionalInt.empty(), "text"),
                new Embedding(new float[]{1, 0}))));

        var collection = qdrant.collection("support_manuals");

        assertEquals(list(List.of(value("manuals"), value("manuals/2024"))), collection.all().getFirst().getPayloadMap().get("document_folders"));
        assertEquals(Map.of("document_path", FieldType.FieldTypeKeyword, "document_folders", FieldType.FieldTypeKeyword), collection.indexes());
    }

    @Test
    void a_document_at_the_top_carries_no_folders() {
        assertEquals(List.of(), ChunkPoints.folders("faq.md"));
        assertEquals(List.of("a", "a/b"), ChunkPoints.folders("a/b/c.md"));
    }

    @Test
    void each_kind_of_chunk_filter_becomes_the_payload_filter_qdrant_applies() {
        assertEquals(Filter.newBuilder().addMust(ConditionFactory.matchKeyword("document_path", "faq.md")).build(),
                ChunkPoints.of(ChunkFilter.ofSource("faq.md")));
        assertEquals(Filter.newBuilder().addMust(ConditionFactory.matchKeyword("document_folders", "manuals/2024"))
                .addMust(ConditionFactory.match("page", 3)).build(), ChunkPoints.of(ChunkFilter.ofSource("manuals/2024/").onPage(3)));
        assertFalse(ChunkPoints.of(ChunkFilter.NONE).getMustCount() > 0);
    }
}
