package org.botserver.application.cache;

import static org.botserver.application.cache.Queries.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Answers that depend on tools, empty answers and bots with the cache off are neither kept nor served. */
class WhatIsNotCachedTest {

    private final InMemoryCacheStore store = new InMemoryCacheStore();
    private final AnswerCacheService cache = AnswerCacheService.exactOnly(store);

    @Test
    void an_answer_that_called_tools_is_not_kept() {
        Remembered result = cache.remember(ask("Book me a table"), new CachedAnswer("Booked for 8 pm.", true));

        assertEquals(new Remembered.NotStored(Remembered.Reason.CALLED_TOOLS), result);
        assertEquals(Optional.empty(), cache.find(ask("Book me a table")));
        assertEquals(0, store.size());
    }

    @Test
    void an_empty_answer_is_not_kept() {
        assertEquals(new Remembered.NotStored(Remembered.Reason.EMPTY_ANSWER),
                cache.remember(ask("Hello"), CachedAnswer.of("  ")));
        assertEquals(0, store.size());
    }

    @Test
    void a_bot_with_the_cache_off_neither_keeps_nor_finds_answers() {
        CacheQuery on = ask("Hello");
        CacheQuery off = new CacheQuery(on.bot(), on.model(), on.systemPrompt(), on.tools(), on.history(),
                on.message(), CacheSettings.DEFAULTS);

        assertEquals(new Remembered.NotStored(Remembered.Reason.CACHE_OFF), cache.remember(off, CachedAnswer.of("Hi!")));
        cache.remember(on, CachedAnswer.of("Hi!"));
        assertEquals(Optional.empty(), cache.find(off));
    }

    @Test
    void an_answer_without_an_embedding_model_is_kept_for_exact_hits_only() {
        assertEquals(new Remembered.Stored(false), cache.remember(ask("Hello"), CachedAnswer.of("Hi!")));
    }
}
