package org.botserver.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.Bot;
import org.junit.jupiter.api.Test;

class ToolCallTurnTest {

    private final Bot bot = TestBots.bot("start", "TALK \"hi\"", "weather", """
            PARAM city AS STRING DESCRIPTION "The city"
            DESCRIPTION "Tells the weather"
            TALK "Looking up " + city + "..."
            RETURN "sunny in " + city
            """, "survey", """
            DESCRIPTION "Asks the user for a rating"
            TALK "How would you rate us?"
            HEAR rating
            RETURN rating
            """, "broken", "DESCRIPTION \"Divides\"\nRETURN 1 / 0");

    private ToolOutcome call(String tool, Map<String, Value> arguments) {
        return DialogTurn.callTool(bot, tool, arguments, SessionSettings.none(), Limits.defaults(),
                Capabilities.none(), TestBots.scope());
    }

    @Test
    void a_tool_says_its_talk_to_the_user_and_returns_its_value() {
        ToolOutcome outcome = call("weather", Map.of("city", new TextValue("Lisbon")));

        assertEquals(List.of("Looking up Lisbon..."), outcome.replies());
        assertEquals("sunny in Lisbon", assertInstanceOf(ToolOutcome.Returned.class, outcome.end()).result().asText());
    }

    @Test
    void a_missing_required_argument_fails_the_call_without_saying_anything() {
        ToolOutcome outcome = call("weather", Map.of());

        assertEquals(List.of(), outcome.replies());
        assertTrue(assertInstanceOf(ToolOutcome.Failed.class, outcome.end()).problem().contains("Missing argument city"));
    }

    @Test
    void a_tool_that_breaks_reports_its_problem_to_the_caller_instead_of_ending_the_conversation() {
        ToolOutcome outcome = call("broken", Map.of());

        assertInstanceOf(ToolOutcome.Failed.class, outcome.end());
        assertEquals(List.of(), outcome.replies());
    }

    @Test
    void a_tool_that_asks_the_user_leaves_its_state_to_continue_the_conversation_in() {
        ToolOutcome outcome = call("survey", Map.of());

        assertEquals(List.of("How would you rate us?"), outcome.replies());
        byte[] state = assertInstanceOf(ToolOutcome.WaitsForUser.class, outcome.end()).dialogState();
        TurnOutcome answered = DialogTurn.resume(bot, state, "5", Limits.defaults(), Capabilities.none(), TestBots.scope());
        assertEquals(ConversationStatus.ENDED, answered.status());
    }

    @Test
    void an_unknown_tool_fails_the_call() {
        assertInstanceOf(ToolOutcome.Failed.class, call("nope", Map.of()).end());
    }
}
