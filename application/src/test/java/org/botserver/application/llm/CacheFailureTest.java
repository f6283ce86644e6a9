package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.TestBots;
import org.botserver.application.cache.AnswerCacheService;
import org.botserver.application.cache.CacheSettings;
import org.botserver.application.cache.FindCachedAnswer;
import org.botserver.application.cache.InMemoryCacheStore;
import org.botserver.application.cache.RememberAnswer;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

/** The answer cache is only a shortcut: when it fails, the model answers as if there were no cache. */
class CacheFailureTest {

    private static final LoadedBots BOTS = TestBots.catalog(TestBots.bot("faq", "TALK \"Ask me anything.\""));
    private static final LlmSettings CACHED = TestLlm.settings().withCache(CacheSettings.on());

    private static TurnResult ask(TestLlm llm, String question) {
        String id = llm.start.start(StartConversationCommand.of("faq", "u")).conversationId().toString();
        return llm.send.send(SendMessageCommand.of(id, question));
    }

    private static List<String> said(TurnResult result) {
        return result.replies().stream().map(Message::content).toList();
    }

    @Test
    void an_unreachable_cache_store_lets_the_model_answer_every_time() {
        InMemoryCacheStore store = new InMemoryCacheStore();
        AnswerCacheService cache = AnswerCacheService.exactOnly(store);
        TestLlm llm = new TestLlm(BOTS, CACHED, cache, cache);
        store.goDown();
        llm.model.answers("Lisbon.").answers("Lisbon, again.");

        TurnResult first = ask(llm, "Capital of Portugal?");
        TurnResult second = ask(llm, "Capital of Portugal?");

        assertEquals(List.of("Lisbon."), said(first));
        assertEquals(List.of("Lisbon, again."), said(second));
        assertEquals(2, llm.model.requests.size());
    }

    @Test
    void a_cache_that_throws_instead_of_missing_still_lets_the_model_answer() {
        FindCachedAnswer broken = query -> { throw new IllegalStateException("native library not loaded"); };
        RememberAnswer refusing = (query, answer) -> { throw new IllegalStateException("native library not loaded"); };
        TestLlm llm = new TestLlm(BOTS, CACHED, broken, refusing);
        llm.model.answers("Lisbon.");

        TurnResult answered = ask(llm, "Capital of Portugal?");

        assertEquals(List.of("Lisbon."), said(answered));
        assertEquals(1, llm.model.requests.size());
    }
}
