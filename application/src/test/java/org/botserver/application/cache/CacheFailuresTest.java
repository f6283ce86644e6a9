package org.botserver.application.cache;

import static org.botserver.application.cache.Queries.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cache is a shortcut: when its store or embedding model fails, the answer path goes on as on a miss. */
class CacheFailuresTest {

    private final TableEmbeddings embeddings = new TableEmbeddings()
            .with("What is the capital of France?", 1, 0, 0)
            .with("Which city is France's capital?", 0.99f, 0.1f, 0);
    private final InMemoryCacheStore store = new InMemoryCacheStore();
    private final AnswerCacheService cache = new AnswerCacheService(store, Optional.of(embeddings));

    @Test
    void an_unreachable_store_is_a_miss() {
        cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris."));
        store.goDown();

        assertEquals(Optional.empty(), cache.find(ask("What is the capital of France?")));
    }

    @Test
    void an_answer_that_cannot_be_stored_says_so() {
        store.goDown();

        assertEquals(new Remembered.NotStored(Remembered.Reason.STORE_FAILED),
                cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris.")));
    }

    @Test
    void without_the_embedding_model_answers_are_still_kept_and_found_exactly() {
        embeddings.goDown();

        assertEquals(new Remembered.Stored(false),
                cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris.")));
        assertEquals("Paris.", cache.find(ask("What is the capital of France?")).orElseThrow().text());
        assertEquals(Optional.empty(), cache.find(ask("Which city is France's capital?")));
    }
}
