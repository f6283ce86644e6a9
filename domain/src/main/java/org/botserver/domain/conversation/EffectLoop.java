package org.botserver.domain.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.runtime.ExecutionState;
import org.botserver.domain.basic.runtime.Interpreter;
import org.botserver.domain.basic.runtime.Outcome;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.Bot;

/**
 * Drives the interpreter through the effects a dialog asks for, until it ends or waits for the user: says its
 * TALKs, keeps its suggestions, applies the session keywords (ADD TOOL, CLEAR TOOLS, SET CONTEXT, USE KB, CLEAR KB) to the
 * conversation's settings and hands every other capability keyword to the application.
 */
final class EffectLoop {

    static final String FAILURE_REPLY = "Sorry, something went wrong in this conversation and it has ended.";
    /** Guards against a dialog that talks forever even if the interpreter's limits reset on every resume. */
    static final int MAX_EFFECTS_PER_TURN = 10_000;

    /** How a run stopped. */
    sealed interface End {
        record Finished(ExecutionState state) implements End { }
        /** Waiting in HEAR; the state is already saved to bytes, inside the loop's guard, since saving can fail too. */
        record Waiting(byte[] state) implements End { }
        /** The dialog cannot go on; {@code reply} is what the user is told, {@code problem} what the log gets. */
        record Broken(String reply, String problem) implements End { }
    }

    final Interpreter interpreter;
    private final Bot bot;
    private final Capabilities capabilities;
    private final TurnScope scope;
    final List<String> replies = new ArrayList<>();
    final List<Suggestion> suggestions = new ArrayList<>();
    SessionSettings session;

    EffectLoop(Bot bot, Interpreter interpreter, Capabilities capabilities, TurnScope scope, SessionSettings session) {
        this.bot = bot;
        this.interpreter = interpreter;
        this.capabilities = capabilities;
        this.scope = scope;
        this.session = session;
    }

    End run(Supplier<Outcome> first) {
        try {
            Outcome outcome = first.get();
            for (int effects = 0; effects < MAX_EFFECTS_PER_TURN; effects++) {
                switch (outcome) {
                    case Outcome.Finished finished -> { return new End.Finished(finished.state()); }
                    case Outcome.Failed failed -> { return broken(failed.error().format()); }
                    case Outcome.Suspended(var state, Effect.AwaitInput await) -> {
                        offerMenu(await.choices());
                        return new End.Waiting(state.toBytes());
                    }
                    case Outcome.Suspended(var state, Effect.AddSuggestion add) when add.tool() != null -> {
                        String refusal = offerTool(add);
                        if (refusal != null) return broken(refusal);
                        outcome = interpreter.resume(state, NullValue.NULL);
                    }
                    case Outcome.Suspended(var state, Effect.Capability capability) -> {
                        if (isSessionKeyword(capability)) {
                            String refusal = applySessionKeyword(capability);
                            if (refusal != null) return broken(refusal);
                            outcome = interpreter.resume(state, NullValue.NULL);
                            continue;
                        }
                        switch (capabilities.perform(capability, scope.withKnowledgeBases(session.knowledgeBases()))) {
                            case CapabilityResult.Performed(var value, var said) -> {
                                replies.addAll(said);
                                // The site's collection joins the session now, before its first pages arrive.
                                if (capability.keyword().equals("USE WEBSITE")) session = session.usingKnowledgeBase(value.asText());
                                outcome = interpreter.resume(state, value);
                            }
                            case CapabilityResult.Unavailable(var keyword) -> {
                                return new End.Broken(keyword + " is not available on this server, so this conversation has ended.",
                                        "The dialog used " + keyword + ", which this server does not provide.");
                            }
                            // A runtime error of the dialog's statement: ON ERROR RESUME NEXT may trap it.
                            case CapabilityResult.Failed(var message) ->
                                    outcome = interpreter.resumeFailing(state, capability.keyword() + " failed: " + message);
                        }
                    }
                    case Outcome.Suspended(var state, Effect effect) -> outcome = interpreter.resume(state, perform(effect));
                }
            }
            return broken("The dialog produced more than " + MAX_EFFECTS_PER_TURN + " effects in one turn.");
        } catch (RuntimeException | StackOverflowError e) {
            // A saved state the current program cannot read (e.g. the bot's source changed since), a value
            // nested too deeply to save, or an interpreter bug must end this one conversation with a plain
            // reply, not break the request.
            return broken(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** ADD SUGGESTION TOOL: the tool joins the session's tools and a quick reply runs it; returns a refusal or null. */
    private String offerTool(Effect.AddSuggestion add) {
        String tool = dialogNamed(add.tool());
        if (tool == null) return "ADD SUGGESTION TOOL: the bot has no dialog named \"" + add.tool() + "\" to offer as a tool.";
        session = session.withTool(tool);
        suggestions.add(new PickedTool(tool).suggestion(add.label()));
        return null;
    }

    /** The bot's dialog or JavaScript tool of that name (ignoring case and a ".bas" or ".js" ending), or null. */
    private String dialogNamed(String text) {
        String asked = text;
        for (String ending : List.of(".bas", ".js")) {
            if (text.regionMatches(true, Math.max(0, text.length() - ending.length()), ending, 0, ending.length())) {
                asked = text.substring(0, text.length() - ending.length());
            }
        }
        return bot.dialogNames().stream().filter(asked::equalsIgnoreCase).findFirst().orElse(null);
    }

    /** A HEAR menu's choices become quick replies, unless the dialog offered its own with ADD SUGGESTION. */
    private void offerMenu(List<String> choices) {
        if (!suggestions.isEmpty()) return;
        for (String choice : choices) suggestions.add(new Suggestion(choice, choice));
    }

    private static End broken(String problem) {
        return new End.Broken(FAILURE_REPLY, problem);
    }

    private static boolean isSessionKeyword(Effect.Capability capability) {
        return switch (capability.keyword()) {
            case "ADD TOOL", "CLEAR TOOLS", "SET CONTEXT", "USE KB", "CLEAR KB" -> true;
            default -> false;
        };
    }

    /** Applies a session keyword; returns why it was refused, or null. */
    private String applySessionKeyword(Effect.Capability capability) {
        String text = capability.arguments().stream().map(Value::asText).collect(Collectors.joining(" ")).strip();
        switch (capability.keyword()) {
            case "ADD TOOL" -> {
                String name = dialogNamed(text);
                if (name == null) return "ADD TOOL: the bot has no dialog named \"" + text + "\" to offer as a tool.";
                session = session.withTool(name);
            }
            case "CLEAR TOOLS" -> session = session.withoutTools();
            case "USE KB" -> {
                var kb = bot.source().knowledgeCollections().stream().filter(text::equalsIgnoreCase).findFirst();
                if (kb.isEmpty()) return "USE KB: the bot has no knowledge base named \"" + text + "\" (a folder in its .gbkb).";
                session = session.usingKnowledgeBase(kb.get());
            }
            case "CLEAR KB" -> session = session.clearingKnowledgeBase(Optional.of(text).filter(t -> !t.isEmpty()));
            default -> session = session.withContext(text);
        }
        return null;
    }

    private Value perform(Effect effect) {
        switch (effect) {
            case Effect.Talk talk -> replies.add(talk.text());
            case Effect.AddSuggestion add -> suggestions.add(new Suggestion(add.value(), add.label()));
            case Effect.ClearSuggestions clear -> suggestions.clear();
            // WAIT is already capped by the interpreter's limits; sleeping here would park a request thread,
            // and the replies of one turn are delivered together anyway, so the pause is simply skipped.
            case Effect.Pause pause -> { }
            case Effect.AwaitInput await -> throw new IllegalStateException("handled by the caller");
            case Effect.Capability capability -> throw new IllegalStateException("handled by the caller");
        }
        return NullValue.NULL;
    }
}
