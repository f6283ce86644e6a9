package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.script.RecordingSandbox;
import org.botserver.application.script.RunJavaScriptHandler;
import org.botserver.application.script.Script;
import org.botserver.application.script.ScriptFailure;
import org.botserver.application.script.ScriptResult;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

/** The language model calls a bot's .js tool like a BASIC one: checked arguments in, the script's value back. */
class JavaScriptToolLoopTest {

    private static final String VAT = """
            /**
             * Adds VAT to a net amount.
             * @param {number} amount - the net amount
             * @param {"PT"|"ES"} [country] - where it is sold
             */
            return amount * 1.23;
            """;

    /** Multiplies like the script would; an amount of 0 makes it throw. */
    private final RecordingSandbox sandbox = new RecordingSandbox(script ->
            script.inputs().get("amount") instanceof NumberValue n && n.signum() != 0
                    ? new ScriptResult.Returned(new NumberValue(n.value().multiply(new BigDecimal("1.23"))))
                    : new ScriptResult.Failed(ScriptFailure.THROWN, "shop.gbdialog/vat.js:6:1: Error: no amount"));

    private final TestLlm llm = new TestLlm(shop(), List.of(new RunJavaScriptHandler(sandbox)));
    private final String id = llm.start.start(StartConversationCommand.of("shop", "u")).conversationId().toString();

    private static LoadedBots shop() {
        List<SourceFile> files = List.of(new SourceFile("shop.gbdialog/start.bas", "ADD TOOL \"vat.js\"\nTALK \"Ask me.\""),
                new SourceFile("shop.gbdialog/vat.js", VAT));
        Bot bot = switch (Bot.load(BotPackage.ofDialogs(new BotId("shop"), files), Instant.EPOCH)) {
            case BotLoad.Loaded(Bot loaded) -> loaded;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
        return new LoadedBots(List.of(bot), List.of());
    }

    private List<String> ask(String text) {
        return llm.send.send(SendMessageCommand.of(id, text)).replies().stream().map(Message::content).toList();
    }

    private ChatEntry.ToolResult lastToolResult() {
        return assertInstanceOf(ChatEntry.ToolResult.class, llm.model.lastRequest().entries().getLast());
    }

    @Test
    void the_tool_is_offered_with_its_header_and_its_value_goes_back_to_the_model() {
        llm.model.calls("vat", "{\"amount\": 100, \"country\": \"PT\"}").answers("That is 123 with VAT.");

        assertEquals(List.of("That is 123 with VAT."), ask("How much is 100 with VAT?"));
        assertEquals("Adds VAT to a net amount.", llm.model.requests.getFirst().tools().getFirst().description());
        assertEquals(1, sandbox.scripts.size(), lastToolResult().content());
        Script script = sandbox.scripts.getFirst();
        assertEquals("shop.gbdialog/vat.js", script.name());
        assertEquals(VAT, script.source());
        assertEquals(Map.<String, Value>of("amount", NumberValue.of(100), "country", new TextValue("PT")), script.inputs());
        assertEquals("123", lastToolResult().content());
    }

    @Test
    void arguments_that_break_the_header_go_back_to_the_model_and_the_script_does_not_run() {
        llm.model.calls("vat", "{\"amount\": \"lots\"}").answers("Please give me a number.");

        ask("Add VAT to lots");

        assertTrue(lastToolResult().error() && lastToolResult().content().contains("\"amount\" must be a number"),
                lastToolResult().content());
        assertTrue(sandbox.scripts.isEmpty());
    }

    @Test
    void a_failing_script_goes_back_to_the_model_as_the_tool_failing() {
        llm.model.calls("vat", "{\"amount\": 0}").answers("Sorry, I could not work it out.");

        assertEquals(List.of("Sorry, I could not work it out."), ask("VAT on nothing?"));
        assertTrue(lastToolResult().error());
        assertTrue(lastToolResult().content().contains("vat.js:6:1: Error: no amount"), lastToolResult().content());
    }
}
