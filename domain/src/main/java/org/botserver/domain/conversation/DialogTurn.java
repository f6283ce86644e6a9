package org.botserver.domain.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.runtime.ExecutionState;
import org.botserver.domain.basic.runtime.Interpreter;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.runtime.Outcome;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.Bot;

/**
 * Runs a bot's dialog for one turn: from its start, or from where it waited in HEAR, until it waits for the
 * user again or ends, performing the effects it asks for on the way.
 */
public final class DialogTurn {

    static final String FAILURE_REPLY = "Sorry, something went wrong in this conversation and it has ended.";
    /** Guards against a dialog that talks forever even if the interpreter's limits reset on every resume. */
    static final int MAX_EFFECTS_PER_TURN = 10_000;

    private final Interpreter interpreter;
    private final Capabilities capabilities;
    private final TurnScope scope;
    private final List<String> replies = new ArrayList<>();
    private final List<Suggestion> suggestions = new ArrayList<>();

    private DialogTurn(Bot bot, Limits limits, Capabilities capabilities, TurnScope scope) {
        this.interpreter = new Interpreter(bot.dialogs(), limits);
        this.capabilities = capabilities;
        this.scope = scope;
    }

    /** The first turn of a conversation: runs the bot's start dialog. */
    public static TurnOutcome start(Bot bot, Limits limits, Capabilities capabilities, TurnScope scope) {
        DialogTurn turn = new DialogTurn(bot, limits, capabilities, scope);
        return turn.run(() -> turn.interpreter.start(bot.startDialog()));
    }

    /** A later turn: hands the user's text to the HEAR the dialog waits in. */
    public static TurnOutcome resume(Bot bot, byte[] dialogState, String userText, Limits limits,
                                     Capabilities capabilities, TurnScope scope) {
        DialogTurn turn = new DialogTurn(bot, limits, capabilities, scope);
        return turn.run(() -> turn.interpreter.resume(ExecutionState.fromBytes(dialogState), new TextValue(userText)));
    }

    private TurnOutcome run(Supplier<Outcome> first) {
        try {
            Outcome outcome = first.get();
            for (int effects = 0; effects < MAX_EFFECTS_PER_TURN; effects++) {
                switch (outcome) {
                    case Outcome.Finished finished -> { return done(ConversationStatus.ENDED, new byte[0], null); }
                    case Outcome.Failed failed -> { return failed(failed.error().format()); }
                    case Outcome.Suspended(var state, Effect.AwaitInput await) -> {
                        offerMenu(await.choices());
                        return done(ConversationStatus.AWAITING_INPUT, state.toBytes(), null);
                    }
                    case Outcome.Suspended(var state, Effect.Capability capability) -> {
                        switch (capabilities.perform(capability, scope)) {
                            case CapabilityResult.Performed(var value, var said) -> {
                                replies.addAll(said);
                                outcome = interpreter.resume(state, value);
                            }
                            case CapabilityResult.Unavailable(var keyword) -> { return unavailable(keyword); }
                            case CapabilityResult.Failed(var message) -> {
                                return failed(capability.keyword() + " failed: " + message);
                            }
                        }
                    }
                    case Outcome.Suspended(var state, Effect effect) -> outcome = interpreter.resume(state, perform(effect));
                }
            }
            return failed("The dialog produced more than " + MAX_EFFECTS_PER_TURN + " effects in one turn.");
        } catch (RuntimeException | StackOverflowError e) {
            // A saved state the current program cannot read (e.g. the bot's source changed since), a value
            // nested too deeply to save, or an interpreter bug must end this one conversation with a plain
            // reply, not break the request.
            return failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
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

    /** A HEAR menu's choices become quick replies, unless the dialog offered its own with ADD SUGGESTION. */
    private void offerMenu(List<String> choices) {
        if (!suggestions.isEmpty()) return;
        for (String choice : choices) suggestions.add(new Suggestion(choice, choice));
    }

    private TurnOutcome unavailable(String keyword) {
        replies.add(keyword + " is not available on this server yet, so this conversation has ended.");
        return done(ConversationStatus.ENDED, new byte[0],
                "The dialog used " + keyword + ", which this server does not provide yet.");
    }

    private TurnOutcome failed(String problem) {
        replies.add(FAILURE_REPLY);
        return done(ConversationStatus.ENDED, new byte[0], problem);
    }

    private TurnOutcome done(ConversationStatus status, byte[] state, String problem) {
        return new TurnOutcome(replies, suggestions, status, state, Optional.ofNullable(problem));
    }
}
