package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.TestBots;
import org.botserver.application.cache.AnswerCacheService;
import org.botserver.application.cache.CacheSettings;
import org.botserver.application.cache.InMemoryCacheStore;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

/** With the bot's answer cache on, a question already answered in the same context is not sent to the model again. */
class AnswersFromTheCacheTest {

    private static final LoadedBots BOTS = TestBots.catalog(TestBots.bot("faq", "TALK \"Ask me anything.\""));

    private final InMemoryCacheStore store = new InMemoryCacheStore();
    private final AnswerCacheService cache = AnswerCacheService.exactOnly(store);

    private static LlmSettings cached(boolean on) {
        return TestLlm.settings().withCache(CacheSettings.on().withEnabled(on));
    }

    private static String conversation(TestLlm llm, String bot) {
        return llm.start.start(StartConversationCommand.of(bot, "u")).conversationId().toString();
    }

    private static List<String> said(TurnResult result) {
        return result.replies().stream().map(Message::content).toList();
    }

    @Test
    void the_same_question_in_the_same_context_is_answered_from_the_cache_without_calling_the_model() {
        TestLlm llm = new TestLlm(BOTS, cached(true), cache, cache);
        llm.model.answers("Lisbon is the capital of Portugal.");
        llm.send.send(SendMessageCommand.of(conversation(llm, "faq"), "What is the capital of Portugal?"));
        TestLlm.Chunks chunks = new TestLlm.Chunks();

        TurnResult again = llm.send.send(SendMessageCommand.of(conversation(llm, "faq"), "What is the capital of Portugal?"),
                chunks);

        assertEquals(1, llm.model.requests.size());
        assertEquals(List.of("Lisbon is the capital of Portugal."), said(again));
        assertEquals(List.of("Lisbon is the capital of Portugal."), chunks.received);
        assertEquals(ConversationStatus.ENDED, again.status());
        assertEquals(0, llm.store.allMessages(again.conversationId()).getLast().tokensUsed());
    }

    @Test
    void the_same_question_after_a_different_history_goes_to_the_model() {
        TestLlm llm = new TestLlm(BOTS, cached(true), cache, cache);
        llm.model.answers("Lisbon.").answers("Porto is second.").answers("Still Lisbon.");
        String id = conversation(llm, "faq");
        llm.send.send(SendMessageCommand.of(id, "Capital of Portugal?"));
        llm.send.send(SendMessageCommand.of(id, "And the second city?"));

        TurnResult later = llm.send.send(SendMessageCommand.of(id, "Capital of Portugal?"));

        assertEquals(List.of("Still Lisbon."), said(later));
        assertEquals(3, llm.model.requests.size());
    }

    @Test
    void an_answer_that_needed_a_tool_is_not_remembered() {
        TestLlm llm = new TestLlm(ToolLoopTest.catalog(ToolLoopTest.WEATHER_BOT), cached(true), cache, cache);
        llm.model.calls("weather", "{\"city\":\"Lisbon\"}").answers("It is sunny in Lisbon today.")
                .calls("weather", "{\"city\":\"Lisbon\"}").answers("Rain in Lisbon now.");
        llm.send.send(SendMessageCommand.of(conversation(llm, "weather-bot"), "Weather in Lisbon?"));

        TurnResult again = llm.send.send(SendMessageCommand.of(conversation(llm, "weather-bot"), "Weather in Lisbon?"));

        assertEquals(List.of("Looking up Lisbon...", "Rain in Lisbon now."), said(again));
        assertEquals(4, llm.model.requests.size());
        assertEquals(0, store.size());
    }

    @Test
    void with_the_bots_cache_off_every_question_goes_to_the_model_and_nothing_is_kept() {
        TestLlm llm = new TestLlm(BOTS, cached(false), cache, cache);
        llm.model.answers("Lisbon.").answers("Lisbon, again.");
        llm.send.send(SendMessageCommand.of(conversation(llm, "faq"), "Capital of Portugal?"));

        TurnResult again = llm.send.send(SendMessageCommand.of(conversation(llm, "faq"), "Capital of Portugal?"));

        assertEquals(List.of("Lisbon, again."), said(again));
        assertEquals(2, llm.model.requests.size());
        assertEquals(0, store.size());
    }

    @Test
    void a_failed_model_call_is_not_remembered() {
        TestLlm llm = new TestLlm(BOTS, cached(true), cache, cache);
        llm.model.fails(LlmReply.Kind.CUT_OFF).answers("Lisbon.");
        llm.send.send(SendMessageCommand.of(conversation(llm, "faq"), "Capital of Portugal?"));

        TurnResult again = llm.send.send(SendMessageCommand.of(conversation(llm, "faq"), "Capital of Portugal?"));

        assertEquals(List.of("Lisbon."), said(again));
        assertEquals(2, llm.model.requests.size());
        assertEquals(1, store.size());
    }
}
