package org.botserver.application.knowledge;

import java.util.List;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where each knowledge base's chunks are kept with their vectors, found again by meaning (nearest vectors by
 * cosine) and by words (BM25); {@link SearchKnowledge} fuses the two rankings. A chunk is identified by its
 * document path and chunk index, so upserting it again replaces it. Both searches take a {@link ChunkFilter},
 * applied before ranking: a narrowed search returns the best {@code limit} chunks that pass it. Failures are
 * {@link VectorIndexException}s.
 */
@SecondaryPort
public interface VectorIndex {

    /** Stores the chunks, replacing any with the same document path and chunk index. */
    void upsert(KnowledgeBaseId kb, List<IndexedChunk> chunks);

    /** Removes every chunk of the document; nothing happens when it has none. */
    void deleteDocument(KnowledgeBaseId kb, String documentPath);

    /** The chunks passing the filter whose vectors are nearest the query's, best first, at most {@code limit}. */
    List<ChunkHit> nearest(KnowledgeBaseId kb, Embedding query, ChunkFilter filter, int limit);

    /** The chunks passing the filter that contain the query's words, best BM25 score first, at most {@code limit}. */
    List<ChunkHit> matching(KnowledgeBaseId kb, String query, ChunkFilter filter, int limit);

    /** How many chunks the knowledge base holds; 0 for one never written. */
    long count(KnowledgeBaseId kb);

    /** The nearest chunks among all of the knowledge base's. */
    default List<ChunkHit> nearest(KnowledgeBaseId kb, Embedding query, int limit) {
        return nearest(kb, query, ChunkFilter.NONE, limit);
    }

    /** The best-matching chunks among all of the knowledge base's. */
    default List<ChunkHit> matching(KnowledgeBaseId kb, String query, int limit) {
        return matching(kb, query, ChunkFilter.NONE, limit);
    }
}
