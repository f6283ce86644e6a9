package org.botserver.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.Bot;
import org.junit.jupiter.api.Test;

class SessionKeywordsTest {

    private static final String TOOL = """
            PARAM city AS STRING DESCRIPTION "The city"
            DESCRIPTION "Tells the weather"
            RETURN "sunny in " + city
            """;

    private static TurnOutcome start(Bot bot) {
        return DialogTurn.start(bot, Limits.defaults(), Capabilities.none(), TestBots.scope());
    }

    @Test
    void add_tool_and_use_tool_offer_the_dialogs_once_each_in_the_order_added() {
        Bot bot = TestBots.bot("start", """
                ADD TOOL "weather"
                USE TOOL "Weather.bas"
                ADD TOOL "ticket"
                TALK "ready"
                """, "weather", TOOL, "ticket", "DESCRIPTION \"Opens a ticket\"\nRETURN 1");

        TurnOutcome outcome = start(bot);

        assertEquals(List.of("ready"), outcome.replies());
        assertEquals(List.of("weather", "ticket"), outcome.session().tools());
    }

    @Test
    void clear_tools_drops_them_and_set_context_keeps_the_text() {
        Bot bot = TestBots.bot("start", """
                ADD TOOL "weather"
                CLEAR TOOLS
                SET CONTEXT "The user is a premium customer."
                """, "weather", TOOL);

        TurnOutcome outcome = start(bot);

        assertEquals(List.of(), outcome.session().tools());
        assertEquals(Optional.of("The user is a premium customer."), outcome.session().context());
    }

    @Test
    void adding_a_tool_the_bot_does_not_have_ends_the_dialog_plainly() {
        TurnOutcome outcome = start(TestBots.bot("start", "ADD TOOL \"missing\"\nTALK \"never\""));

        assertEquals(List.of(DialogTurn.FAILURE_REPLY), outcome.replies());
        assertEquals(ConversationStatus.ENDED, outcome.status());
        assertTrue(outcome.problem().orElseThrow().contains("no dialog named \"missing\""), outcome.problem().toString());
    }

    @Test
    void a_resumed_dialog_keeps_the_settings_it_was_given_and_adds_to_them() {
        Bot bot = TestBots.bot("start", "HEAR answer\nADD TOOL \"weather\"", "weather", TOOL);
        TurnOutcome waiting = start(bot);
        SessionSettings before = SessionSettings.none().withContext("ctx");

        TurnOutcome resumed = DialogTurn.resume(bot, waiting.dialogState(), "yes", before, Limits.defaults(),
                Capabilities.none(), TestBots.scope());

        assertEquals(new SessionSettings(List.of("weather"), Optional.of("ctx")), resumed.session());
    }
}
