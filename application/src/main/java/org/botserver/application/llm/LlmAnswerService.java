package org.botserver.application.llm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * the bot says so plainly.
 */
public final class LlmAnswerService implements AnswerOutsideDialog {

    /** Knowledge excerpts may take up to a quarter of the context window; history and the reply need the rest. */
    private static final int KNOWLEDGE_SHARE = 4;

    private final LlmSettingsSource settings;
    private final LanguageModel model;
    private final ConversationStore store;
    private final Limits limits;
    private final Capabilities capabilities;
    private final KnowledgeContext knowledge;

    public LlmAnswerService(LlmSettingsSource settings, LanguageModel model, ConversationStore store, Limits limits,
                            Capabilities capabilities) {
        this(settings, model, store, limits, capabilities, KnowledgeContext.NONE);
    }

    public LlmAnswerService(LlmSettingsSource settings, LanguageModel model, ConversationStore store, Limits limits,
                            Capabilities capabilities, KnowledgeContext knowledge) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = Objects.requireNonNull(model, "model");
        this.store = Objects.requireNonNull(store, "store");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
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
        return new ToolLoop(model, limits, capabilities, bot, TurnScope.of(conversation), conversation.session())
                .run(new LlmRequest(llm, system, entries, tools), stream).withSources(grounding.sources());
    }
}
