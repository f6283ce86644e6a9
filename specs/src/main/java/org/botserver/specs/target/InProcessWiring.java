package org.botserver.specs.target;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.capability.CapabilityRegistry;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.SendMessage;
import org.botserver.application.conversation.SendMessageService;
import org.botserver.application.conversation.StartConversation;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.application.llm.KnowledgeContext;
import org.botserver.application.llm.LanguageModel;
import org.botserver.application.llm.LlmAnswerService;
import org.botserver.application.llm.LlmKeyword;
import org.botserver.application.llm.LlmSettingsSource;
import org.botserver.application.memory.MemoryKeywordsHandler;
import org.botserver.application.memory.SessionGetHandler;
import org.botserver.application.table.TableKeywordsHandler;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.specs.llm.ModelScript;
import org.botserver.specs.llm.ScriptedLanguageModel;
import org.botserver.specs.llm.ScriptedLlmSettings;

/**
 * The conversation use cases composed as bootstrap's Wiring composes them (the LLM keyword among the capabilities,
 * messages outside dialogs answered by the language model with its tool loop), on the in-process adapters: the
 * given stores and bots, and the scripted model: bot tables and memories when the stores have them (the embedded
 * PostgreSQL does), the knowledge bases (USE KB, THINK KB) on the in-process embedding model and index, and the
 * HTTP keywords and sandboxed JavaScript ({@link InProcessTools}). Channel keywords (TALK TO), e-mail, USE WEBSITE
 * and schedules need the server and are left out.
 */
final class InProcessWiring {

    /** The server's default row limit of FIND. */
    private static final int FIND_ROW_LIMIT = 1_000;

    private final ConversationStore store;
    private final BotCatalog bots;
    private final Clock clock;
    private final LlmSettingsSource llmSettings;
    private final LanguageModel model;
    private final Capabilities capabilities;
    private final KnowledgeContext knowledge;

    InProcessWiring(InProcessStores stores, BotCatalog bots, ModelScript script, InProcessKnowledge knowledge,
                    InProcessTools tools, Clock clock) {
        this.store = stores.conversations();
        this.bots = bots;
        this.clock = clock;
        this.llmSettings = new ScriptedLlmSettings(bots, script);
        this.model = new ScriptedLanguageModel(script);
        this.knowledge = knowledge.context();
        List<CapabilityHandler> handlers = new ArrayList<>(List.of(new LlmKeyword(llmSettings, model, bots),
                new SessionGetHandler(tools.http()), knowledge.thinkKb()));
        handlers.addAll(tools.handlers());
        stores.tables().ifPresent(tables -> handlers.add(
                new TableKeywordsHandler(tables, List.of(), FIND_ROW_LIMIT, tools.http())));
        stores.memory().ifPresent(memory -> handlers.add(new MemoryKeywordsHandler(memory, clock)));
        this.capabilities = new CapabilityRegistry(handlers);
    }

    StartConversation startConversation() {
        return new StartConversationService(store, bots, clock, Limits.defaults(), capabilities);
    }

    SendMessage sendMessage() {
        return new SendMessageService(store, bots, clock, Limits.defaults(), capabilities,
                new LlmAnswerService(llmSettings, model, store, Limits.defaults(), capabilities, knowledge));
    }
}
