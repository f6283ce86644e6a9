package org.botserver.adapter.out.persistence.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.botserver.application.knowledge.ChunkHit;
import org.botserver.application.knowledge.IndexedChunk;

/** One knowledge base's Lucene index: a writer committing every change, and a searcher refreshed after it. */
final class LuceneShard implements AutoCloseable {

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    LuceneShard(Path folder, Analyzer analyzer) throws IOException {
        directory = FSDirectory.open(folder);
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        try {
            PagePoints.upgrade(writer);
            searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            try (directory; writer) {
                throw e;
            }
        }
    }

    void upsert(List<IndexedChunk> chunks) throws IOException {
        for (IndexedChunk chunk : chunks) {
            writer.updateDocument(ChunkDocuments.id(chunk.chunk()), ChunkDocuments.toDocument(chunk));
        }
        publish();
    }

    void delete(Term term) throws IOException {
        writer.deleteDocuments(term);
        publish();
    }

    List<ChunkHit> search(Query query, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<ChunkHit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                hits.add(new ChunkHit(ChunkDocuments.toChunk(stored.document(hit.doc)), hit.score));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    long count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Commits so a restart finds the change, and refreshes so the next search sees it. */
    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // closes the searchers, then the writer, then the directory
        }
    }
}
