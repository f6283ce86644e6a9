package org.botserver.adapter.out.persistence.lucene;

import java.util.OptionalInt;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.KnowledgeChunk;

/** Maps chunks to Lucene documents and back: the payload stored, the text analysed, the vector in HNSW. */
final class ChunkDocuments {

    static final String ID = "id";
    static final String PATH = "document_path";
    static final String INDEX = "chunk_index";
    static final String PAGE = "page";
    static final String CONTENT = "content";
    static final String VECTOR = "vector";

    private ChunkDocuments() {
    }

    static Term id(KnowledgeChunk chunk) {
        // NUL cannot occur in a package path, so no two (path, index) pairs share an id.
        return new Term(ID, chunk.documentPath() + "\u0000" + chunk.chunkIndex());
    }

    static Term path(String documentPath) {
        return new Term(PATH, documentPath);
    }

    static Document toDocument(IndexedChunk indexed) {
        KnowledgeChunk chunk = indexed.chunk();
        Document doc = new Document();
        doc.add(new StringField(ID, id(chunk).text(), Field.Store.NO));
        doc.add(new StringField(PATH, chunk.documentPath(), Field.Store.YES));
        doc.add(new StoredField(INDEX, chunk.chunkIndex()));
        chunk.page().ifPresent(page -> doc.add(new StoredField(PAGE, page)));
        doc.add(new TextField(CONTENT, chunk.content(), Field.Store.YES));
        doc.add(new KnnFloatVectorField(VECTOR, indexed.vector().values(), VectorSimilarityFunction.COSINE));
        return doc;
    }

    static KnowledgeChunk toChunk(Document doc) {
        var page = doc.getField(PAGE);
        return new KnowledgeChunk(doc.get(PATH), doc.getField(INDEX).numericValue().intValue(),
                page == null ? OptionalInt.empty() : OptionalInt.of(page.numericValue().intValue()), doc.get(CONTENT));
    }
}
