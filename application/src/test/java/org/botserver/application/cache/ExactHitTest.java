package org.botserver.application.cache;

import static org.botserver.application.cache.Queries.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

/** The same message in the same context gets the remembered answer back; any change in the context misses. */
class ExactHitTest {

    private final AnswerCacheService cache = AnswerCacheService.exactOnly(new InMemoryCacheStore());

    @Test
    void the_same_question_gets_the_remembered_answer() {
        cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris."));

        assertEquals(Optional.of(new CacheHit("Paris.", CacheHit.Match.EXACT, 1.0)),
                cache.find(ask("What is the capital of France?")));
    }

    @Test
    void case_and_spacing_do_not_matter() {
        cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris."));

        assertEquals("Paris.", cache.find(ask("  what is the   CAPITAL of france?\n")).orElseThrow().text());
    }

    @Test
    void another_question_misses() {
        cache.remember(ask("What is the capital of France?"), CachedAnswer.of("Paris."));

        assertEquals(Optional.empty(), cache.find(ask("What is the capital of Spain?")));
    }

    @Test
    void another_bot_model_prompt_tool_set_or_history_misses() {
        CacheQuery q = ask("What is the capital of France?");
        cache.remember(q, CachedAnswer.of("Paris."));

        assertEquals(Optional.empty(), cache.find(new CacheQuery(new BotId("other"), q.model(), q.systemPrompt(),
                q.tools(), q.history(), q.message(), q.settings())));
        assertEquals(Optional.empty(), cache.find(new CacheQuery(q.bot(), "gpt-4o", q.systemPrompt(),
                q.tools(), q.history(), q.message(), q.settings())));
        assertEquals(Optional.empty(), cache.find(new CacheQuery(q.bot(), q.model(), "You are a pirate.",
                q.tools(), q.history(), q.message(), q.settings())));
        assertEquals(Optional.empty(), cache.find(new CacheQuery(q.bot(), q.model(), q.systemPrompt(),
                "[ToolDefinition[name=book]]", q.history(), q.message(), q.settings())));
        assertEquals(Optional.empty(), cache.find(new CacheQuery(q.bot(), q.model(), q.systemPrompt(),
                q.tools(), "[User[text=hi]]", q.message(), q.settings())));
    }

    @Test
    void parts_of_the_context_are_not_confused_when_their_text_shifts_between_them() {
        CacheQuery q = ask("Hello");
        cache.remember(new CacheQuery(q.bot(), q.model(), "ab", "c", "", q.message(), q.settings()),
                CachedAnswer.of("first"));

        assertEquals(Optional.empty(),
                cache.find(new CacheQuery(q.bot(), q.model(), "a", "bc", "", q.message(), q.settings())));
    }

    @Test
    void a_later_answer_to_the_same_question_replaces_the_earlier_one() {
        cache.remember(ask("Opening hours?"), CachedAnswer.of("9 to 5."));
        cache.remember(ask("Opening hours?"), CachedAnswer.of("8 to 6."));

        assertEquals("8 to 6.", cache.find(ask("Opening hours?")).orElseThrow().text());
    }
}
