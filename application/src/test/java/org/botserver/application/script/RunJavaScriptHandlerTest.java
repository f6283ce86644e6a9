package org.botserver.application.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.botserver.application.capability.CapabilityRegistry;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.DialogTurn;
import org.botserver.domain.conversation.TurnOutcome;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

/** RUN JAVASCRIPT (RUN JS) in a dialog: the code and its values go to the sandbox, its result or failure comes back. */
class RunJavaScriptHandlerTest {

    private final RecordingSandbox sandbox = new RecordingSandbox(script -> script.source().contains("throw")
            ? new ScriptResult.Failed(ScriptFailure.THROWN, "inline:1:1: Error: out of stock")
            : new ScriptResult.Returned(NumberValue.of(42)));

    private TurnOutcome run(String start) {
        List<SourceFile> files = List.of(new SourceFile("shop.gbdialog/start.bas", start));
        Bot bot = switch (Bot.load(BotPackage.ofDialogs(new BotId("shop"), files), Instant.EPOCH)) {
            case BotLoad.Loaded(Bot loaded) -> loaded;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
        return DialogTurn.start(bot, Limits.defaults(), new CapabilityRegistry(List.of(new RunJavaScriptHandler(sandbox))),
                new TurnScope(new BotId("shop"), ConversationId.random(), "u"));
    }

    @Test
    void the_code_runs_as_a_script_with_the_values_after_it_as_args() {
        TurnOutcome outcome = run("x = RUN JAVASCRIPT \"args[0] * args[1]\", 6, \"seven\"\nTALK \"got \" & x");

        assertEquals(List.of("got 42"), outcome.replies());
        Script script = sandbox.scripts.getFirst();
        assertEquals(ScriptForm.SCRIPT, script.form());
        assertEquals("args[0] * args[1]", script.source());
        assertEquals(Map.of("args", ArrayValue.of(List.of(NumberValue.of(6), new TextValue("seven")))), script.inputs());
    }

    @Test
    void run_js_is_the_same_keyword() {
        assertEquals(List.of("42"), run("TALK RUN JS \"6 * 7\"").replies());
    }

    @Test
    void a_failing_script_is_a_runtime_error_that_on_error_resume_next_traps() {
        TurnOutcome outcome = run("""
                ON ERROR RESUME NEXT
                x = RUN JS "throw new Error('out of stock')"
                IF ERROR THEN TALK ERROR MESSAGE
                """);

        assertEquals(List.of("RUN JAVASCRIPT failed: inline:1:1: Error: out of stock"), outcome.replies());
        assertTrue(outcome.problem().isEmpty(), outcome.problem().toString());
    }

    @Test
    void code_that_is_not_text_is_refused_without_running_anything() {
        TurnOutcome outcome = run("ON ERROR RESUME NEXT\nx = RUN JS 12\nTALK ERROR MESSAGE");

        assertTrue(outcome.replies().getFirst().contains("RUN JAVASCRIPT needs the code as text"), outcome.replies().toString());
        assertTrue(sandbox.scripts.isEmpty());
    }
}
