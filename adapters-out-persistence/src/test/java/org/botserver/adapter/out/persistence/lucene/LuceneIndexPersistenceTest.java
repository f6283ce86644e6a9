package org.botserver.adapter.out.persistence.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.botserver.application.knowledge.ChunkFilter;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded index keeps its chunks in the data folder across restarts, and brings older indexes up to date. */
class LuceneIndexPersistenceTest {

    private static final KnowledgeBaseId MANUALS = KnowledgeBaseId.of(new BotId("support"), "manuals");

    @TempDir
    Path data;

    @Test
    void chunks_survive_a_restart_in_the_bots_folder_under_the_data_directory() {
        var chunk = new KnowledgeChunk("guide.pdf", 0, OptionalInt.of(2), "Reset the router by holding the button.");
        try (var index = new LuceneVectorIndex(data)) {
            index.upsert(MANUALS, List.of(new IndexedChunk(chunk, new Embedding(new float[]{1, 0, 0}))));
        }

        try (var reopened = new LuceneVectorIndex(data)) {
            assertEquals(1, reopened.count(MANUALS));
            assertEquals(chunk, reopened.matching(MANUALS, "router", 1).getFirst().chunk());
        }
        assertTrue(Files.isDirectory(data.resolve("kb").resolve("support_manuals")));
    }

    @Test
    void reading_an_unknown_knowledge_base_creates_no_folder() {
        try (var index = new LuceneVectorIndex(data)) {
            assertEquals(0, index.count(MANUALS));
            assertEquals(List.of(), index.matching(MANUALS, "router", 1));
        }

        assertTrue(Files.notExists(data.resolve("kb").resolve("support_manuals")));
    }

    @Test
    void an_index_written_before_page_filters_is_upgraded_when_opened_so_its_pages_can_be_filtered() throws Exception {
        Path folder = data.resolve("kb").resolve("support_manuals");
        Files.createDirectories(folder);
        try (var directory = FSDirectory.open(folder);
             var older = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            // As chunks were written before: the page only stored, not searchable.
            Document doc = new Document();
            doc.add(new StringField(ChunkDocuments.ID, "guide.pdf\u00000", Field.Store.NO));
            doc.add(new StringField(ChunkDocuments.PATH, "guide.pdf", Field.Store.YES));
            doc.add(new StoredField(ChunkDocuments.INDEX, 0));
            doc.add(new StoredField(ChunkDocuments.PAGE, 4));
            doc.add(new TextField(ChunkDocuments.CONTENT, "Reset the router.", Field.Store.YES));
            doc.add(new KnnFloatVectorField(ChunkDocuments.VECTOR, new float[]{1, 0, 0}, VectorSimilarityFunction.COSINE));
            older.addDocument(doc);
            older.commit();
        }
        var pageFour = ChunkFilter.ofSource("guide.pdf").onPage(4);

        try (var index = new LuceneVectorIndex(data)) {
            var chunk = new KnowledgeChunk("guide.pdf", 0, OptionalInt.of(4), "Reset the router.");
            assertEquals(List.of(chunk), index.nearest(MANUALS, new Embedding(new float[]{1, 0, 0}), pageFour, 5).stream().map(h -> h.chunk()).toList());
            assertEquals(List.of(chunk), index.matching(MANUALS, "router", pageFour, 5).stream().map(h -> h.chunk()).toList());
            assertEquals(1, index.count(MANUALS));

            // New paged chunks go into the same index as before, beside the upgraded ones.
            index.upsert(MANUALS, List.of(new IndexedChunk(new KnowledgeChunk("guide.pdf", 1, OptionalInt.of(5), "Then wait."),
                    new Embedding(new float[]{0, 1, 0}))));
            assertEquals(2, index.count(MANUALS));
        }
        try (var reopened = new LuceneVectorIndex(data)) {
            assertEquals(1, reopened.matching(MANUALS, "router", pageFour, 5).size());
        }
    }
}
