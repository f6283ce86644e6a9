package org.botserver.adapter.out.llm.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.EmbeddingModel;
import org.junit.jupiter.api.Test;

/** The in-process model embeds real sentences so that paraphrases lie close and unrelated questions far apart. */
class MiniLmEmbeddingModelTest {

    private final EmbeddingModel model = EmbeddingModels.inProcess();

    @Test
    void a_sentence_becomes_a_vector_of_384_dimensions() {
        assertEquals(384, model.dimensions());
        assertEquals(384, model.embed("What are your opening hours?").dimensions());
        assertEquals("all-minilm-l6-v2-q", model.modelId());
    }

    @Test
    void a_paraphrase_is_closer_than_another_question() {
        Embedding question = model.embed("What time do you open in the morning?");
        Embedding paraphrase = model.embed("When do you open in the morning?");
        Embedding other = model.embed("How much does shipping to Canada cost?");

        double close = question.cosine(paraphrase);
        double far = question.cosine(other);
        assertTrue(close > 0.85, "paraphrase similarity " + close);
        assertTrue(far < 0.5, "unrelated similarity " + far);
    }

    @Test
    void a_batch_comes_back_in_the_order_of_its_texts() {
        List<String> texts = List.of("Reset my password", "Track my parcel", "Cancel my subscription");

        List<Embedding> batch = model.embed(texts);

        assertEquals(3, batch.size());
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(1.0, batch.get(i).cosine(model.embed(texts.get(i))), 1e-5, texts.get(i));
        }
    }

    @Test
    void an_empty_batch_gives_no_vectors() {
        assertEquals(List.of(), model.embed(List.of()));
    }
}
