package org.botserver.domain.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.runtime.ExecutionState;
import org.botserver.domain.basic.runtime.Interpreter;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.runtime.Outcome;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.Bot;

/**
 * Runs a bot's dialog for one turn: from its start, from where it waited in HEAR, or as a tool the language
 * model called, until it waits for the user again or ends, performing the effects it asks for on the way.
 */
public final class DialogTurn {

    static final String FAILURE_REPLY = EffectLoop.FAILURE_REPLY;

    private DialogTurn() {
    }

    /** The first turn of a conversation: runs the bot's start dialog. */
    public static TurnOutcome start(Bot bot, Limits limits, Capabilities capabilities, TurnScope scope) {
        EffectLoop loop = loop(bot, limits, capabilities, scope, SessionSettings.none());
        return turn(loop, loop.run(() -> loop.interpreter.start(bot.startDialog())));
    }

    /** A later turn: hands the user's text to the HEAR the dialog waits in; the session settings are kept. */
    public static TurnOutcome resume(Bot bot, byte[] dialogState, String userText, Limits limits,
                                     Capabilities capabilities, TurnScope scope) {
        return resume(bot, dialogState, userText, SessionSettings.none(), limits, capabilities, scope);
    }

    /** A later turn of a conversation with the given session settings, which the dialog may change. */
    public static TurnOutcome resume(Bot bot, byte[] dialogState, String userText, SessionSettings session,
                                     Limits limits, Capabilities capabilities, TurnScope scope) {
        EffectLoop loop = loop(bot, limits, capabilities, scope, session);
        return turn(loop, loop.run(() ->
                loop.interpreter.resume(ExecutionState.fromBytes(dialogState), new TextValue(userText))));
    }

    /**
     * Runs one of the bot's dialogs as a tool with typed arguments (each PARAM bound and checked). A tool that
     * breaks does not end the conversation: its problem goes back to whoever called it.
     */
    public static ToolOutcome callTool(Bot bot, String tool, Map<String, Value> arguments, SessionSettings session,
                                       Limits limits, Capabilities capabilities, TurnScope scope) {
        EffectLoop loop = loop(bot, limits, capabilities, scope, session);
        Optional<Program> program = bot.dialogs().find(tool);
        if (program.isEmpty()) {
            return new ToolOutcome(new ToolOutcome.Failed("There is no tool named " + tool + "."), loop.replies,
                    loop.suggestions, session);
        }
        Supplier<Outcome> first = () -> loop.interpreter.start(program.get(), arguments);
        ToolOutcome.End end = switch (loop.run(first)) {
            case EffectLoop.End.Finished(var state) -> new ToolOutcome.Returned(state.result());
            case EffectLoop.End.Waiting(var state) -> new ToolOutcome.WaitsForUser(state);
            case EffectLoop.End.Broken(var reply, var problem) -> new ToolOutcome.Failed(problem);
        };
        return new ToolOutcome(end, loop.replies, loop.suggestions, loop.session);
    }

    /**
     * Runs the session's tool the user picked from a quick reply (ADD SUGGESTION TOOL), without the language model:
     * its TALKs are said, then its RETURN value when it has one; a tool that HEARs keeps the conversation in it.
     */
    public static TurnOutcome runPickedTool(Bot bot, PickedTool picked, SessionSettings session, Limits limits,
                                            Capabilities capabilities, TurnScope scope) {
        ToolOutcome tool = callTool(bot, picked.tool(), Map.of(), session, limits, capabilities, scope);
        List<String> replies = new ArrayList<>(tool.replies());
        return switch (tool.end()) {
            case ToolOutcome.Returned(var result) -> {
                if (!(result instanceof NullValue) && !result.asText().isBlank()) replies.add(result.asText());
                yield new TurnOutcome(replies, tool.suggestions(), ConversationStatus.ENDED, new byte[0], Optional.empty(),
                        tool.session(), 0);
            }
            case ToolOutcome.WaitsForUser waits -> new TurnOutcome(replies, tool.suggestions(),
                    ConversationStatus.AWAITING_INPUT, waits.dialogState(), Optional.empty(), tool.session(), 0);
            case ToolOutcome.Failed(var problem) -> {
                replies.add(EffectLoop.FAILURE_REPLY);
                yield new TurnOutcome(replies, List.of(), ConversationStatus.ENDED, new byte[0],
                        Optional.of("The picked tool " + picked.tool() + " failed: " + problem), tool.session(), 0);
            }
        };
    }

    private static EffectLoop loop(Bot bot, Limits limits, Capabilities capabilities, TurnScope scope,
                                   SessionSettings session) {
        Interpreter interpreter = new Interpreter(bot.dialogs(), limits).withGlobals(bot.globals());
        return new EffectLoop(bot, interpreter, capabilities, scope, session);
    }

    private static TurnOutcome turn(EffectLoop loop, EffectLoop.End end) {
        return switch (end) {
            case EffectLoop.End.Finished finished -> outcome(loop, ConversationStatus.ENDED, new byte[0], null);
            case EffectLoop.End.Waiting(var state) -> outcome(loop, ConversationStatus.AWAITING_INPUT, state, null);
            case EffectLoop.End.Broken(var reply, var problem) -> {
                loop.replies.add(reply);
                yield outcome(loop, ConversationStatus.ENDED, new byte[0], problem);
            }
        };
    }

    private static TurnOutcome outcome(EffectLoop loop, ConversationStatus status, byte[] state, String problem) {
        return new TurnOutcome(loop.replies, loop.suggestions, status, state, Optional.ofNullable(problem),
                loop.session, 0);
    }
}
