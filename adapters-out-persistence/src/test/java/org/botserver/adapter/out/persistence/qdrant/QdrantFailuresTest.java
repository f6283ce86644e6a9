package org.botserver.adapter.out.persistence.qdrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.application.knowledge.VectorIndexException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

/** A Qdrant that cannot be reached or named is a plain failure, never mistaken for an empty knowledge base. */
class QdrantFailuresTest {

    private static final KnowledgeBaseId MANUALS = KnowledgeBaseId.of(new BotId("support"), "manuals");

    @Test
    void a_qdrant_gone_away_is_a_vector_index_failure_not_an_empty_knowledge_base() {
        var qdrant = new FakeQdrant();
        try (var index = new QdrantVectorIndex(qdrant.client())) {
            qdrant.close();

            var failure = assertThrows(VectorIndexException.class, () -> index.count(MANUALS));

            assertTrue(failure.getMessage().startsWith("Qdrant could not count the knowledge base support/manuals: "), failure.getMessage());
        }
    }

    @Test
    void a_refused_connection_fails_the_write_with_a_plain_message() {
        // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
        try (var index = QdrantVectorIndex.connect("http://127.0.0.1:1", Optional.empty())) {
            var chunk = new IndexedChunk(new KnowledgeChunk("a.md", 0, OptionalInt.empty(), "text"), new Embedding(new float[]{1, 0}));

            var failure = assertThrows(VectorIndexException.class, () -> index.upsert(MANUALS, List.of(chunk)));

            assertTrue(failure.getMessage().startsWith("Qdrant could not write the knowledge base support/manuals: "), failure.getMessage());
        }
    }

    @Test
    void a_qdrant_url_is_http_or_https_with_a_host() {
        for (String url : List.of("localhost:6334", "grpc://localhost:6334", "http://", "not a url")) {
            var failure = assertThrows(IllegalArgumentException.class, () -> QdrantVectorIndex.connect(url, Optional.empty()));
            assertEquals("A Qdrant URL looks like http://host:6334, not '" + url + "'.", failure.getMessage());
        }
    }
}
