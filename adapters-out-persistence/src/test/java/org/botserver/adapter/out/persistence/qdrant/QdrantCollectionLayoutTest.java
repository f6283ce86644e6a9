package org.botserver.adapter.out.persistence.qdrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.Modifier;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.FieldType;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.application.knowledge.VectorIndexException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the Qdrant adapter writes: one collection per bot and knowledge base, its vectors and its payload. */
class QdrantCollectionLayoutTest {

    private static final KnowledgeBaseId MANUALS = KnowledgeBaseId.of(new BotId("support"), "manuals");

    private final FakeQdrant qdrant = new FakeQdrant();
    private final QdrantVectorIndex index = new QdrantVectorIndex(qdrant.client());

    @AfterEach
    void close() {
        index.close();
        qdrant.close();
    }

    private static IndexedChunk chunk(String path, int i, OptionalInt page, String content, float... vector) {
        return new IndexedChunk(new KnowledgeChunk(path, i, page, content), new Embedding(vector));
    }

    @Test
    void the_first_upsert_creates_a_cosine_collection_named_bot_underscore_kb_with_the_embedding_size() {
        assertFalse(qdrant.exists("support_manuals"));

        index.upsert(MANUALS, List.of(chunk("a.md", 0, OptionalInt.empty(), "text", 1, 0, 0, 0)));

        FakeCollection collection = qdrant.collection("support_manuals");
        assertEquals(4, collection.dense("dense").getSize());
        assertEquals(Distance.Cosine, collection.dense("dense").getDistance());
        assertEquals(Modifier.Idf, collection.sparse("bm25"));
        assertEquals(Map.of("document_path", FieldType.FieldTypeKeyword, "document_folders", FieldType.FieldTypeKeyword), collection.indexes());
    }

    @Test
    void each_chunk_is_a_point_carrying_content_document_path_chunk_index_and_page() {
        index.upsert(MANUALS, List.of(chunk("guide.pdf", 7, OptionalInt.of(3), "Press the red button.", 1, 2, 3),
                chunk("faq.md", 0, OptionalInt.empty(), "Ask us.", 3, 2, 1)));

        var payloads = qdrant.collection("support_manuals").all().stream().map(p -> p.getPayloadMap()).toList();

        assertEquals(Map.of("content", string("Press the red button."), "document_path", string("guide.pdf"),
                "chunk_index", integer(7), "page", integer(3)), payloads.get(0));
        assertEquals(Map.of("content", string("Ask us."), "document_path", string("faq.md"), "chunk_index", integer(0)),
                payloads.get(1));
    }

    @Test
    void vectors_of_another_size_than_the_collections_are_refused_with_a_plain_message() {
        index.upsert(MANUALS, List.of(chunk("a.md", 0, OptionalInt.empty(), "text", 1, 0, 0)));

        var failure = assertThrows(VectorIndexException.class,
                () -> index.upsert(MANUALS, List.of(chunk("b.md", 0, OptionalInt.empty(), "text", 1, 0, 0, 0))));

        assertEquals("Qdrant could not write the knowledge base support/manuals: "
                + "Wrong input: Vector dimension error: expected dim: 3, got 4", failure.getMessage());
        assertEquals(1, index.count(MANUALS));
    }

    @Test
    void a_collection_created_by_another_server_is_written_to_as_it_is() {
        try (var otherServer = new QdrantVectorIndex(qdrant.client())) {
            otherServer.upsert(MANUALS, List.of(chunk("a.md", 0, OptionalInt.empty(), "from the other server", 1, 0)));
        }

        index.upsert(MANUALS, List.of(chunk("b.md", 0, OptionalInt.empty(), "from this server", 0, 1)));

        assertEquals(2, index.count(MANUALS));
        assertEquals(2, index.matching(MANUALS, "server", 5).size());
    }

    private static Value string(String s) {
        return Value.newBuilder().setStringValue(s).build();
    }

    private static Value integer(long i) {
        return Value.newBuilder().setIntegerValue(i).build();
    }
}
