package org.botserver.application.llm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.cache.CacheHit;
import org.botserver.application.cache.CacheQuery;
import org.botserver.application.cache.FindCachedAnswer;
import org.botserver.application.cache.RememberAnswer;
import org.botserver.application.conversation.AnswerOutsideDialog;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.domain.basic.ToolDefinition;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.TurnOutcome;
import org.botserver.domain.conversation.TurnScope;

/**
 * Answers a message no dialog waits for with the bot's language model: its system prompt, the SET CONTEXT
 * text, the excerpts of the session's knowledge bases that match the message (their sources shown with the
 * reply), the recent history that fits the context window and the session's tools; without a configured model
 * the bot says so plainly. With the bot's answer cache on, a question already answered in the same context (or
 * one that means the same) is answered from the cache without calling the model, and a fresh answer the model
 * wrote without calling tools is remembered.
 */
public final class LlmAnswerService implements AnswerOutsideDialog {

    /** Knowledge excerpts may take up to a quarter of the context window; history and the reply need the rest. */
    private static final int KNOWLEDGE_SHARE = 4;

    private final LlmSettingsSource settings;
    private final LanguageModel model;
    private final ConversationStore store;
    private final Limits limits;
    private final Capabilities capabilities;
    private final CacheShortcut cache;
    private final KnowledgeContext knowledge;

    /** Without an answer cache: every question goes to the model. */
    public LlmAnswerService(LlmSettingsSource settings, LanguageModel model, ConversationStore store, Limits limits,
                            Capabilities capabilities) {
        this(settings, model, store, limits, capabilities, CacheShortcut.none(), KnowledgeContext.NONE);
    }

    public LlmAnswerService(LlmSettingsSource settings, LanguageModel model, ConversationStore store, Limits limits,
                            Capabilities capabilities, FindCachedAnswer findCached, RememberAnswer remember) {
        this(settings, model, store, limits, capabilities, new CacheShortcut(findCached, remember), KnowledgeContext.NONE);
    }

    /** Without an answer cache, grounded in the session's knowledge bases. */
    public LlmAnswerService(LlmSettingsSource settings, LanguageModel model, ConversationStore store, Limits limits,
                            Capabilities capabilities, KnowledgeContext knowledge) {
        this(settings, model, store, limits, capabilities, CacheShortcut.none(), knowledge);
    }

    public LlmAnswerService(LlmSettingsSource settings, LanguageModel model, ConversationStore store, Limits limits,
                            Capabilities capabilities, FindCachedAnswer findCached, RememberAnswer remember,
                            KnowledgeContext knowledge) {
        this(settings, model, store, limits, capabilities, new CacheShortcut(findCached, remember), knowledge);
    }

    private LlmAnswerService(LlmSettingsSource settings, LanguageModel model, ConversationStore store, Limits limits,
                             Capabilities capabilities, CacheShortcut cache, KnowledgeContext knowledge) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = Objects.requireNonNull(model, "model");
        this.store = Objects.requireNonNull(store, "store");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.cache = cache;
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    }

    @Override
    public TurnOutcome answer(Bot bot, Conversation conversation, String userText, ReplyStream stream) {
        Optional<LlmSettings> configured = settings.forBot(bot.id());
        if (configured.isEmpty()) return TurnOutcome.endedWith(LlmReplies.NOT_CONFIGURED, conversation.session());
        LlmSettings llm = configured.get();
        Grounding grounding = conversation.session().knowledgeBases().isEmpty() ? Grounding.NONE
                : knowledge.ground(bot.id(), conversation.session().knowledgeBases(), userText, llm.contextTokens() / KNOWLEDGE_SHARE);
        String system = SystemPrompt.of(bot, llm, conversation.session().context(), grounding);
        List<ToolDefinition> tools = conversation.session().tools().stream()
                .flatMap(name -> bot.dialogs().find(name).stream())
                .map(program -> program.tool().orElseGet(() -> new ToolDefinition(program.name(), "", List.of())))
                .toList();
        var history = store.history(conversation.id(), llm.historyLimit() * 2, Optional.empty()).messages();
        var entries = HistoryWindow.of(history, userText, llm, system, tools);
        LlmRequest request = new LlmRequest(llm, system, entries, tools);
        Optional<CacheQuery> query = CacheShortcut.queryFor(bot.id(), request);
        Optional<CacheHit> hit = query.flatMap(cache::find);
        if (hit.isPresent()) {
            // Streamed like a model's answer, in one piece; no tokens were spent on it.
            stream.chunk(hit.get().text());
            // The cache key holds the system prompt, excerpts included, so the same sources ground the cached answer.
            return TurnOutcome.endedWith(hit.get().text(), conversation.session()).withSources(grounding.sources());
        }
        ToolLoop loop = new ToolLoop(model, limits, capabilities, bot, TurnScope.of(conversation), conversation.session());
        TurnOutcome outcome = loop.run(request, stream);
        loop.finalAnswer().ifPresent(answer -> query.ifPresent(key -> cache.remember(key, answer)));
        return outcome.withSources(grounding.sources());
    }
}
