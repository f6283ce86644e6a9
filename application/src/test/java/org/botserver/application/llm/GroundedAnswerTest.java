package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.botserver.application.bot.TestBots;
import org.botserver.application.capability.CapabilityRegistry;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.SendMessageService;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.application.conversation.TurnResult;
import org.botserver.application.knowledge.InMemoryVectorIndex;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.application.knowledge.RagSettings;
import org.botserver.application.knowledge.SearchKnowledgeService;
import org.botserver.application.knowledge.WordEmbeddings;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotConfig;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

class GroundedAnswerTest {

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final ScriptedLanguageModel model = new ScriptedLanguageModel();
    private final WordEmbeddings embeddings = new WordEmbeddings();
    private final InMemoryVectorIndex index = new InMemoryVectorIndex();

    private static Bot shop(String start) {
        var source = new BotPackage(new BotId("shop"), "v1", List.of(new SourceFile("shop.gbdialog/start.bas", start)),
                BotConfig.empty(), List.of(), Optional.empty(), List.of("faq"));
        return switch (Bot.load(source, Instant.EPOCH)) {
            case BotLoad.Loaded(Bot bot) -> bot;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
    }

    private TurnResult ask(String start, String question) {
        var bots = TestBots.catalog(shop(start));
        LlmSettingsSource settings = bot -> Optional.of(TestLlm.settings());
        var capabilities = new CapabilityRegistry(List.of());
        var knowledge = new KnowledgeContextService(new SearchKnowledgeService(embeddings, index, RagSettings.defaults()));
        var send = new SendMessageService(store, bots, TestLlm.CLOCK, Limits.defaults(), capabilities,
                new LlmAnswerService(settings, model, store, Limits.defaults(), capabilities, knowledge));
        String id = new StartConversationService(store, bots, TestLlm.CLOCK, Limits.defaults(), capabilities)
                .start(StartConversationCommand.of("shop", "u")).conversationId().toString();
        model.answers("Within 30 days [faq/returns.md].");
        return send.send(SendMessageCommand.of(id, question));
    }

    private void index(String path, String content) {
        var chunk = new KnowledgeChunk(path, 0, OptionalInt.empty(), content);
        index.upsert(KnowledgeBaseId.of(new BotId("shop"), "faq"), List.of(new IndexedChunk(chunk, embeddings.embed(content))));
    }

    @Test
    void after_use_kb_the_best_excerpts_go_into_the_system_prompt_and_their_sources_come_with_the_reply() {
        index("returns.md", "Returns are accepted within 30 days of delivery.");
        index("shipping.md", "Shipping to the islands takes a week.");

        TurnResult result = ask("USE KB \"faq\"\nTALK \"Ask me\"", "How many days do I have for returns?");

        String system = model.lastRequest().systemPrompt();
        assertTrue(system.contains("[faq/returns.md]\nReturns are accepted within 30 days of delivery."), system);
        int shipping = system.indexOf("[faq/shipping.md]");
        assertTrue(shipping < 0 || system.indexOf("[faq/returns.md]") < shipping, "the best excerpt comes first: " + system);
        assertEquals("faq/returns.md", result.sources().getFirst());
    }

    @Test
    void without_use_kb_the_answer_is_not_grounded() {
        index("returns.md", "Returns are accepted within 30 days of delivery.");

        TurnResult result = ask("TALK \"Ask me\"", "How many days do I have for returns?");

        assertFalse(model.lastRequest().systemPrompt().contains("returns.md"));
        assertEquals(List.of(), result.sources());
    }

    @Test
    void an_empty_knowledge_base_leaves_the_prompt_as_it_was() {
        TurnResult result = ask("USE KB \"faq\"\nTALK \"Ask me\"", "How many days do I have for returns?");

        assertEquals(SystemPrompt.DEFAULT, model.lastRequest().systemPrompt());
        assertEquals(List.of(), result.sources());
    }
}
