package org.botserver.adapter.out.persistence.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.IndexedChunk;

/**
 * Brings an index written before page filters up to date: its chunks kept their page only as a stored value, which
 * a filter cannot search, so each paged chunk is written again from what the index holds (its stored fields and its
 * vector) with the page as a point. Done once; the commit then records the chunk format.
 */
final class PagePoints {

    private static final String FORMAT = "chunk-format";
    private static final String CURRENT = "2";

    private PagePoints() {
    }

    /** Rewrites the paged chunks of an older index and marks the index current; a new or current one is only marked. */
    static void upgrade(IndexWriter writer) throws IOException {
        Map<String, String> data = new HashMap<>();
        var live = writer.getLiveCommitData();
        if (live != null) live.forEach(e -> data.put(e.getKey(), e.getValue()));
        if (CURRENT.equals(data.get(FORMAT))) return;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) rewritePaged(writer, leaf);
        }
        data.put(FORMAT, CURRENT);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    private static void rewritePaged(IndexWriter writer, LeafReaderContext leaf) throws IOException {
        FloatVectorValues vectors = leaf.reader().getFloatVectorValues(ChunkDocuments.VECTOR);
        if (vectors == null) return;
        Bits liveDocs = leaf.reader().getLiveDocs();
        var stored = leaf.reader().storedFields();
        KnnVectorValues.DocIndexIterator docs = vectors.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (liveDocs != null && !liveDocs.get(doc)) continue;
            var document = stored.document(doc);
            if (document.getField(ChunkDocuments.PAGE) == null) continue;
            var chunk = ChunkDocuments.toChunk(document);
            // The reader reuses its array, so each vector is copied before the document is written.
            var vector = new Embedding(vectors.vectorValue(docs.index()).clone());
            writer.updateDocument(ChunkDocuments.id(chunk), ChunkDocuments.toDocument(new IndexedChunk(chunk, vector)));
        }
    }
}
