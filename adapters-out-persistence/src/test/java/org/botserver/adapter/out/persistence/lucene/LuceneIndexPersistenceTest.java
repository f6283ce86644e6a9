package org.botserver.adapter.out.persistence.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
