package org.botserver.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.ScriptToolCompiler;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.junit.jupiter.api.Test;

/**
 * A {@code .js} file in the dialog folder is a tool like a BASIC one: offered with its header's definition, called
 * with checked arguments, and run by handing its source and arguments to the application's sandbox capability.
 */
class JavaScriptToolTurnTest {

    private static final String VAT = """
            /**
             * Adds VAT to a net amount.
             * @param {number} amount - the net amount
             * @param {"PT"|"ES"} [country] - where it is sold
             */
            return amount * 1.23;
            """;

    private final List<Effect.Capability> asked = new ArrayList<>();
    private final Capabilities sandbox = (capability, scope) -> {
        asked.add(capability);
        return new CapabilityResult.Performed(NumberValue.of(123));
    };

    private static Bot bot(String start) {
        List<SourceFile> files = List.of(new SourceFile("t.gbdialog/start.bas", start), new SourceFile("t.gbdialog/vat.js", VAT));
        return switch (Bot.load(BotPackage.ofDialogs(new BotId("t"), files), Instant.EPOCH)) {
            case BotLoad.Loaded(Bot loaded) -> loaded;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
    }

    @Test
    void the_tool_is_offered_with_its_header_definition() {
        Bot bot = bot("TALK \"hi\"");

        assertEquals(List.of("vat"), bot.tools().stream().map(t -> t.name()).toList());
        assertEquals("Adds VAT to a net amount.", bot.tools().getFirst().description());
    }

    @Test
    void a_call_hands_the_file_its_source_and_the_checked_arguments_to_the_sandbox_and_returns_its_value() {
        ToolOutcome outcome = DialogTurn.callTool(bot("TALK \"hi\""), "vat", Map.of("amount", NumberValue.of(100),
                "country", new TextValue("pt")), SessionSettings.none(), Limits.defaults(), sandbox, TestBots.scope());

        assertEquals(NumberValue.of(123), assertInstanceOf(ToolOutcome.Returned.class, outcome.end()).result());
        Effect.Capability capability = asked.getFirst();
        assertEquals(ScriptToolCompiler.KEYWORD, capability.keyword());
        assertEquals("t.gbdialog/vat.js", capability.arguments().get(0).asText());
        assertEquals(VAT, capability.arguments().get(1).asText());
        Map<String, Value> arguments = assertInstanceOf(ObjectValue.class, capability.arguments().get(2)).fields();
        assertEquals(List.of("amount", "country"), List.copyOf(arguments.keySet()));
        assertEquals(new TextValue("PT"), arguments.get("country"), "the declared spelling of the choice");
    }

    @Test
    void a_missing_required_argument_fails_before_the_sandbox_is_asked() {
        ToolOutcome outcome = DialogTurn.callTool(bot("TALK \"hi\""), "vat", Map.of(), SessionSettings.none(),
                Limits.defaults(), sandbox, TestBots.scope());

        assertTrue(assertInstanceOf(ToolOutcome.Failed.class, outcome.end()).problem().contains("Missing argument amount"));
        assertTrue(asked.isEmpty());
    }

    @Test
    void add_tool_finds_it_with_or_without_its_ending() {
        TurnOutcome outcome = DialogTurn.start(bot("ADD TOOL \"VAT.js\"\nTALK \"ready\""), Limits.defaults(), sandbox,
                TestBots.scope());

        assertEquals(List.of("vat"), outcome.session().tools());
        assertTrue(outcome.problem().isEmpty(), outcome.problem().toString());
    }

    @Test
    void call_runs_it_from_basic_like_a_basic_tool_without_arguments() {
        TurnOutcome outcome = DialogTurn.start(bot("CALL \"vat\"\nTALK \"done\""), Limits.defaults(), sandbox, TestBots.scope());

        assertEquals(List.of("done"), outcome.replies());
        Map<String, Value> arguments = assertInstanceOf(ObjectValue.class, asked.getFirst().arguments().get(2)).fields();
        assertEquals(List.of("amount", "country"), List.copyOf(arguments.keySet()));
        assertTrue(arguments.values().stream().allMatch(v -> v instanceof org.botserver.domain.basic.value.NullValue), arguments.toString());
    }

    @Test
    void a_bad_header_keeps_the_tool_out_and_names_its_line() {
        List<SourceFile> files = List.of(new SourceFile("t.gbdialog/start.bas", "TALK 1"),
                new SourceFile("t.gbdialog/vat.js", "/**\n * Adds VAT.\n * @param {Date} when\n */"),
                new SourceFile("t.gbdialog/start.js", "/** Clashes with start.bas. */"));
        Bot bot = ((BotLoad.Loaded) Bot.load(BotPackage.ofDialogs(new BotId("t"), files), Instant.EPOCH)).bot();

        assertEquals(List.of(), bot.tools());
        assertTrue(bot.problems().stream().anyMatch(p -> p.startsWith("t.gbdialog/vat.js:3:12: Unknown @param type {Date}")),
                bot.problems().toString());
        assertTrue(bot.problems().stream().anyMatch(p -> p.contains("t.gbdialog/start.js has the same name as another dialog")),
                bot.problems().toString());
    }
}
