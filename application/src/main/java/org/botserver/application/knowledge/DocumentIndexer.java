package org.botserver.application.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.botserver.domain.knowledge.Passage;
import org.botserver.domain.knowledge.TextChunker;

/** Turns one document into indexed chunks: extract, chunk each passage, embed in batches, replace the old chunks. */
final class DocumentIndexer {

    private final TextExtractor extractor;
    private final EmbeddingModel embeddings;
    private final VectorIndex index;
    private final TextChunker chunker;
    private final int batch;

    DocumentIndexer(TextExtractor extractor, EmbeddingModel embeddings, VectorIndex index, RagSettings settings) {
        this.extractor = extractor;
        this.embeddings = embeddings;
        this.index = index;
        this.chunker = new TextChunker(settings.chunking());
        this.batch = settings.embeddingBatch();
    }

    /** Indexes the document in place of its previous chunks; returns how many chunks it has now. */
    int index(KnowledgeBaseId kb, String path, byte[] content) {
        List<KnowledgeChunk> chunks = new ArrayList<>();
        for (Passage passage : extractor.extract(path, content)) {
            for (String text : chunker.split(passage.text())) {
                chunks.add(new KnowledgeChunk(path, chunks.size(), passage.page(), text));
            }
        }
        List<IndexedChunk> indexed = new ArrayList<>(chunks.size());
        for (int from = 0; from < chunks.size(); from += batch) {
            List<KnowledgeChunk> slice = chunks.subList(from, Math.min(from + batch, chunks.size()));
            List<Embedding> vectors = embeddings.embed(slice.stream().map(KnowledgeChunk::content).toList());
            for (int i = 0; i < slice.size(); i++) indexed.add(new IndexedChunk(slice.get(i), vectors.get(i)));
        }
        // Embedding first, deleting after: a document whose embedding fails keeps its previous chunks.
        index.deleteDocument(kb, path);
        index.upsert(kb, indexed);
        return indexed.size();
    }

    void remove(KnowledgeBaseId kb, String path) {
        index.deleteDocument(kb, path);
    }
}
