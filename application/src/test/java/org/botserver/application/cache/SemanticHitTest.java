package org.botserver.application.cache;

import static org.botserver.application.cache.Queries.ask;
import static org.botserver.application.cache.Queries.withHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A question that means the same as a cached one, by embedding similarity in the same context, gets its answer. */
class SemanticHitTest {

    private final TableEmbeddings embeddings = new TableEmbeddings()
            .with("What is the capital of France?", 1, 0, 0)
            .with("Which city is France's capital?", 0.99f, 0.1f, 0)       // cosine 0.995
            .with("Tell me France's capital city", 0.92f, 0.39f, 0)        // cosine 0.92
            .with("What is the capital of Spain?", 0.8f, 0.6f, 0);         // cosine 0.8
    private final InMemoryCacheStore store = new InMemoryCacheStore();
    private final AnswerCacheService cache = new AnswerCacheService(store, Optional.of(embeddings));

    @Test
    void a_paraphrase_above_the_threshold_gets_the_answer_with_its_similarity() {
        cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris."));

        CacheHit hit = cache.find(ask("Which city is France's capital?")).orElseThrow();

        assertEquals("Paris.", hit.text());
        assertEquals(CacheHit.Match.SEMANTIC, hit.match());
        assertEquals(0.995, hit.similarity(), 0.001);
    }

    @Test
    void a_question_below_the_threshold_misses() {
        cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris."));

        assertEquals(Optional.empty(), cache.find(ask("What is the capital of Spain?")));
    }

    @Test
    void the_bots_threshold_decides() {
        cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris."));
        CacheQuery q = ask("Tell me France's capital city");

        assertEquals(Optional.empty(), cache.find(q));
        CacheQuery lenient = new CacheQuery(q.bot(), q.model(), q.systemPrompt(), q.tools(), q.history(),
                q.message(), new CacheSettings(true, Duration.ofHours(1), 0.9));
        assertEquals("Paris.", cache.find(lenient).orElseThrow().text());
    }

    @Test
    void the_most_similar_cached_question_wins() {
        cache.remember(ask("Tell me France's capital city"), CachedAnswer.of("It is Paris."));
        cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris."));
        CacheQuery q = ask("Which city is France's capital?");
        CacheQuery lenient = new CacheQuery(q.bot(), q.model(), q.systemPrompt(), q.tools(), q.history(),
                q.message(), new CacheSettings(true, Duration.ofHours(1), 0.9));

        assertEquals("Paris.", cache.find(lenient).orElseThrow().text());
    }

    @Test
    void a_paraphrase_in_another_context_misses() {
        cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris."));

        assertEquals(Optional.empty(), cache.find(withHistory("[User[text=Talk about Texas]]",
                "Which city is France's capital?")));
    }

    @Test
    void a_paraphrase_of_an_expired_answer_misses() {
        CacheQuery q = ask("What is the capital of France?");
        String answerKey = CacheKeys.of(q, embeddings.modelId()).answer();
        cache.remember(q, CachedAnswer.of("Paris."));
        store.remove(answerKey);

        assertEquals(Optional.empty(), cache.find(ask("Which city is France's capital?")));
    }

    @Test
    void the_missed_question_is_embedded_once_for_the_lookup_and_the_remembering() {
        cache.find(ask("What is the capital of France?"));
        cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris."));

        assertEquals(1, embeddings.textsEmbedded());
    }
}
