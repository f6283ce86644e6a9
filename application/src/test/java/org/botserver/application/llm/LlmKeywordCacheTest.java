package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.TestBots;
import org.botserver.application.cache.AnswerCacheService;
import org.botserver.application.cache.CacheSettings;
import org.botserver.application.cache.InMemoryCacheStore;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

/** The LLM keyword goes through the bot's answer cache, exact prompts only, when the bot turns the cache on. */
class LlmKeywordCacheTest {

    private static final LoadedBots BOTS = TestBots.catalog(TestBots.bot("poet", """
            topic = "the sea"
            poem = LLM "A haiku about " + topic
            TALK poem
            """), TestBots.bot("critic", """
            verdict = LLM "Judge: " + "a haiku about the sea"
            TALK verdict
            """));

    private final InMemoryCacheStore store = new InMemoryCacheStore();
    private final AnswerCacheService cache = AnswerCacheService.exactOnly(store);

    private static List<String> said(TestLlm llm, String bot) {
        return llm.start.start(StartConversationCommand.of(bot, "u")).replies().stream().map(Message::content).toList();
    }

    private TestLlm llm(boolean cacheOn) {
        return new TestLlm(BOTS, TestLlm.settings().withCache(CacheSettings.on().withEnabled(cacheOn)), cache, cache);
    }

    @Test
    void the_same_prompt_is_answered_from_the_cache_the_second_time() {
        TestLlm llm = llm(true);
        llm.model.answers("Waves fold into foam");

        assertEquals(List.of("Waves fold into foam"), said(llm, "poet"));
        assertEquals(List.of("Waves fold into foam"), said(llm, "poet"));
        assertEquals(1, llm.model.requests.size());
    }

    @Test
    void another_prompt_goes_to_the_model() {
        TestLlm llm = llm(true);
        llm.model.answers("Waves fold into foam").answers("Seven out of ten");

        said(llm, "poet");

        assertEquals(List.of("Seven out of ten"), said(llm, "critic"));
        assertEquals(2, llm.model.requests.size());
    }

    @Test
    void with_the_cache_off_every_prompt_goes_to_the_model() {
        TestLlm llm = llm(false);
        llm.model.answers("Waves fold into foam").answers("Foam folds into waves");

        said(llm, "poet");

        assertEquals(List.of("Foam folds into waves"), said(llm, "poet"));
        assertEquals(2, llm.model.requests.size());
    }
}
