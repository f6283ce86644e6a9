package org.botserver.bootstrap.knowledge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.botserver.adapter.out.llm.embedding.EmbeddingModels;
import org.botserver.adapter.out.persistence.lucene.LuceneVectorIndex;
import org.botserver.adapter.out.storage.documents.TikaTextExtractor;
import org.botserver.application.knowledge.EmbeddingModel;
import org.botserver.application.knowledge.IngestKnowledgeCommand;
import org.botserver.application.knowledge.IngestKnowledgeService;
import org.botserver.application.knowledge.KnowledgeHit;
import org.botserver.application.knowledge.RagSettings;
import org.botserver.application.knowledge.SearchKnowledgeQuery;
import org.botserver.application.knowledge.SearchKnowledgeService;
import org.botserver.application.bot.InMemoryObjectStore;
import org.botserver.application.knowledge.InMemoryDocumentRegistry;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recall@5 of the production pipeline (Tika, chunking, in-process MiniLM, Lucene, RRF) on {@link LabelledQuestions}:
 * 24 paraphrased questions over 12 documents. A random ranking would reach 5/12 = 0.42; the floor of 0.9 allows two
 * misses, so a regression in either ranking or in the fusion fails it while the model's small quirks do not.
 */
class RetrievalQualityTest {

    private static final double FLOOR = 0.9;
    private static final KnowledgeBaseId SHOP = KnowledgeBaseId.of(new BotId("shop"), "faq");

    @TempDir
    Path data;

    @Test
    void recall_at_5_on_the_labelled_questions_is_above_the_floor() throws Exception {
        EmbeddingModel model = EmbeddingModels.inProcess();
        var store = new InMemoryObjectStore();
        LabelledQuestions.DOCUMENTS.forEach((path, text) -> store.put("shop", "shop.gbkb/faq/" + path, text));
        try (var index = new LuceneVectorIndex(data)) {
            var settings = RagSettings.defaults();
            new IngestKnowledgeService(store, new InMemoryDocumentRegistry(), new TikaTextExtractor(), model, index, settings)
                    .ingest(IngestKnowledgeCommand.of(SHOP));
            var search = new SearchKnowledgeService(model, index, settings);
            int found = 0;
            StringBuilder misses = new StringBuilder();
            for (var question : LabelledQuestions.QUESTIONS) {
                List<String> top = search.search(new SearchKnowledgeQuery(List.of(SHOP), question.text(), OptionalInt.of(5)))
                        .stream().map(KnowledgeHit::chunk).map(c -> c.documentPath()).toList();
                if (top.contains(question.expectedDocument())) found++;
                else misses.append("\n  ").append(question.text()).append(" -> ").append(top);
            }
            double recall = (double) found / LabelledQuestions.QUESTIONS.size();
            System.out.printf(Locale.ROOT, "Knowledge recall@5: %.3f (%d of %d)%s%n", recall, found, LabelledQuestions.QUESTIONS.size(), misses);
            assertTrue(recall >= FLOOR, "recall@5 " + recall + " below " + FLOOR + misses);
        } finally {
            if (model instanceof AutoCloseable closeable) closeable.close();
        }
    }
}
