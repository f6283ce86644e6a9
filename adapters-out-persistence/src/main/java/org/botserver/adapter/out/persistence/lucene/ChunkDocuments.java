package org.botserver.adapter.out.persistence.lucene;

import java.util.OptionalInt;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.botserver.application.knowledge.ChunkFilter;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.KnowledgeChunk;

/** Maps chunks to Lucene documents and back (the payload stored, the text analysed, the vector in HNSW), and chunk filters to queries. */
final class ChunkDocuments {

    static final String ID = "id";
    static final String PATH = "document_path";
    static final String INDEX = "chunk_index";
    static final String PAGE = "page";
    /**
     * The page as a point, for filters. A field of its own: indexes written before filters hold "page" as a stored
     * value only, and Lucene refuses to give an existing field another schema.
     */
    static final String PAGE_POINT = "page_point";
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

    /** The chunk filter as a Lucene query that only selects (scores nothing); null for no filter. */
    static Query filter(ChunkFilter filter) {
        if (filter.isNone()) return null;
        var query = new BooleanQuery.Builder();
        switch (filter.documents()) {
            case ChunkFilter.AnyDocument any -> query.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
            case ChunkFilter.Document document -> query.add(new TermQuery(path(document.path())), BooleanClause.Occur.FILTER);
            case ChunkFilter.Folder folder -> query.add(new PrefixQuery(new Term(PATH, folder.prefix())), BooleanClause.Occur.FILTER);
        }
        filter.page().ifPresent(page -> query.add(IntPoint.newExactQuery(PAGE_POINT, page), BooleanClause.Occur.FILTER));
        return query.build();
    }

    static Document toDocument(IndexedChunk indexed) {
        KnowledgeChunk chunk = indexed.chunk();
        Document doc = new Document();
        doc.add(new StringField(ID, id(chunk).text(), Field.Store.NO));
        doc.add(new StringField(PATH, chunk.documentPath(), Field.Store.YES));
        doc.add(new StoredField(INDEX, chunk.chunkIndex()));
        chunk.page().ifPresent(page -> {
            doc.add(new StoredField(PAGE, page));
            doc.add(new IntPoint(PAGE_POINT, page));
        });
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
