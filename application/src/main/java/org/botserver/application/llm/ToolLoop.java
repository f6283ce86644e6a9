package org.botserver.application.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.application.cache.CachedAnswer;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.domain.basic.ToolDefinition;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.DialogTurn;
import org.botserver.domain.conversation.SessionSettings;
import org.botserver.domain.conversation.Suggestion;
import org.botserver.domain.conversation.ToolOutcome;
import org.botserver.domain.conversation.TurnOutcome;
import org.botserver.domain.conversation.TurnScope;

/**
 * One answer of the model with the tools it calls: the model asks for tools, their arguments are checked
 * against the schema (bad ones go back to the model as an error), each tool dialog runs in the interpreter,
 * its TALKs go to the user and its RETURN value back to the model, until the model answers in words or the
 * rounds run out. A tool that asks the user something (HEAR) ends the loop: the conversation goes on in it.
 */
final class ToolLoop {

    private final LanguageModel model;
    private final Limits limits;
    private final Capabilities capabilities;
    private final Bot bot;
    private final TurnScope scope;
    private final List<String> replies = new ArrayList<>();
    private final List<Suggestion> suggestions = new ArrayList<>();
    private SessionSettings session;
    private TokenUsage usage = TokenUsage.NONE;
    private boolean calledTools;
    private Optional<CachedAnswer> finalAnswer = Optional.empty();

    ToolLoop(LanguageModel model, Limits limits, Capabilities capabilities, Bot bot, TurnScope scope,
             SessionSettings session) {
        this.model = model;
        this.limits = limits;
        this.capabilities = capabilities;
        this.bot = bot;
        this.scope = scope;
        this.session = session;
    }

    TurnOutcome run(LlmRequest first, ReplyStream stream) {
        List<ChatEntry> entries = new ArrayList<>(first.entries());
        for (int round = 0; round < first.settings().toolRounds(); round++) {
            LlmRequest request = new LlmRequest(first.settings(), first.systemPrompt(), entries, first.tools());
            switch (model.complete(request, stream)) {
                case LlmReply.Failure(var kind, var detail) -> {
                    String said = LlmReplies.forFailure(kind);
                    if (!said.isEmpty()) replies.add(said);
                    return ended("The language model gave no answer (" + kind + "): " + detail);
                }
                case LlmReply.Answer answer -> {
                    usage = usage.plus(answer.usage());
                    if (!answer.text().isBlank()) replies.add(answer.text());
                    if (answer.calls().isEmpty()) {
                        finalAnswer = Optional.of(new CachedAnswer(answer.text(), calledTools));
                        return ended(null);
                    }
                    calledTools = true;
                    entries.add(new ChatEntry.Assistant(answer.text(), answer.calls()));
                    for (ToolCall call : answer.calls()) {
                        Optional<byte[]> waiting = callTool(call, first.tools(), entries);
                        if (waiting.isPresent()) return outcome(ConversationStatus.AWAITING_INPUT, waiting.get(), null);
                    }
                }
            }
        }
        replies.add(LlmReplies.TOO_MANY_ROUNDS);
        return ended("The model still called tools after " + first.settings().toolRounds() + " rounds.");
    }

    /** The model's answer in words that ended the loop, and whether it called tools before it; empty otherwise. */
    Optional<CachedAnswer> finalAnswer() {
        return finalAnswer;
    }

    /** Runs one call and adds its result; returns the tool's state when it waits for the user. */
    private Optional<byte[]> callTool(ToolCall call, List<ToolDefinition> offered, List<ChatEntry> entries) {
        Optional<ToolDefinition> tool = offered.stream().filter(t -> t.name().equals(call.name())).findFirst();
        if (tool.isEmpty()) {
            entries.add(new ChatEntry.ToolResult(call, "There is no tool named " + call.name() + "; the tools are "
                    + offered.stream().map(ToolDefinition::name).toList() + ".", true));
            return Optional.empty();
        }
        switch (ToolArguments.check(tool.get(), call.arguments())) {
            case ToolArguments.Checked.Invalid(var reason) -> entries.add(new ChatEntry.ToolResult(call, reason, true));
            case ToolArguments.Checked.Valid(var arguments) -> {
                ToolOutcome outcome = DialogTurn.callTool(bot, call.name(), arguments.fields(), session, limits,
                        capabilities, scope);
                replies.addAll(outcome.replies());
                suggestions.addAll(outcome.suggestions());
                session = outcome.session();
                switch (outcome.end()) {
                    case ToolOutcome.Returned(var result) ->
                            entries.add(new ChatEntry.ToolResult(call, ToolArguments.resultText(result), false));
                    case ToolOutcome.Failed(var problem) ->
                            entries.add(new ChatEntry.ToolResult(call, "The tool failed: " + problem, true));
                    case ToolOutcome.WaitsForUser waits -> { return Optional.of(waits.dialogState()); }
                }
            }
        }
        return Optional.empty();
    }

    private TurnOutcome ended(String problem) {
        return outcome(ConversationStatus.ENDED, new byte[0], problem);
    }

    private TurnOutcome outcome(ConversationStatus status, byte[] state, String problem) {
        return new TurnOutcome(replies, suggestions, status, state, Optional.ofNullable(problem), session, usage.total());
    }
}
