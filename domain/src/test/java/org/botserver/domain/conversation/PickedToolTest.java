package org.botserver.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.Bot;
import org.junit.jupiter.api.Test;

class PickedToolTest {

    private static final String HOURS = """
            DESCRIPTION "Tells when the shop is open"
            TALK "We are open from 9 to 5."
            """;
    private static final String BOOKING = """
            DESCRIPTION "Books a visit"
            TALK "For how many people?"
            HEAR people AS INTEGER
            TALK "Booked for ${people}."
            """;

    private static Bot bot() {
        return TestBots.bot("start", """
                ADD SUGGESTION TOOL "hours" AS "Opening hours"
                ADD SUGGESTION TOOL "Booking.bas" AS "Book a visit"
                TALK "Pick one."
                """, "hours", HOURS, "booking", BOOKING, "lookup", "PARAM code AS STRING\nRETURN \"found \" + code",
                "quote", "DESCRIPTION \"A quote\"\nRETURN \"Carpe diem\"");
    }

    private static TurnOutcome start(Bot bot) {
        return DialogTurn.start(bot, Limits.defaults(), Capabilities.none(), TestBots.scope());
    }

    private static TurnOutcome pick(Bot bot, String tool, SessionSettings session) {
        return DialogTurn.runPickedTool(bot, new PickedTool(tool), session, Limits.defaults(), Capabilities.none(),
                TestBots.scope());
    }

    @Test
    void a_suggested_tool_becomes_a_session_tool_and_a_quick_reply_that_names_it() {
        TurnOutcome outcome = start(bot());

        assertEquals(List.of(new Suggestion("/hours", "Opening hours"), new Suggestion("/booking", "Book a visit")),
                outcome.suggestions());
        assertEquals(List.of("hours", "booking"), outcome.session().tools());
    }

    @Test
    void only_slash_and_the_name_of_a_session_tool_picks_it() {
        SessionSettings session = SessionSettings.none().withTool("hours");

        assertEquals(Optional.of(new PickedTool("hours")), PickedTool.in(" /Hours ", session));
        assertEquals(Optional.empty(), PickedTool.in("/booking", session));
        assertEquals(Optional.empty(), PickedTool.in("hours", session));
        assertEquals(Optional.empty(), PickedTool.in("/", session));
    }

    @Test
    void a_picked_tool_runs_without_the_model_and_says_its_talks() {
        TurnOutcome outcome = pick(bot(), "hours", start(bot()).session());

        assertEquals(List.of("We are open from 9 to 5."), outcome.replies());
        assertEquals(ConversationStatus.ENDED, outcome.status());
    }

    @Test
    void a_picked_tool_that_returns_a_value_says_it() {
        assertEquals(List.of("Carpe diem"), pick(bot(), "quote", SessionSettings.none()).replies());
    }

    @Test
    void a_picked_tool_that_asks_keeps_the_conversation_waiting_in_it() {
        Bot bot = bot();
        TurnOutcome asked = pick(bot, "booking", start(bot).session());

        assertEquals(List.of("For how many people?"), asked.replies());
        assertEquals(ConversationStatus.AWAITING_INPUT, asked.status());
        TurnOutcome answered = DialogTurn.resume(bot, asked.dialogState(), "4", asked.session(), Limits.defaults(),
                Capabilities.none(), TestBots.scope());
        assertEquals(List.of("Booked for 4."), answered.replies());
    }

    @Test
    void a_picked_tool_missing_its_arguments_ends_plainly_with_the_reason_logged() {
        TurnOutcome outcome = pick(bot(), "lookup", SessionSettings.none());

        assertEquals(List.of(DialogTurn.FAILURE_REPLY), outcome.replies());
        assertTrue(outcome.problem().orElseThrow().contains("lookup"), outcome.problem().toString());
    }

    @Test
    void suggesting_a_tool_the_bot_does_not_have_ends_the_dialog_plainly() {
        TurnOutcome outcome = start(TestBots.bot("start", "ADD SUGGESTION TOOL \"missing\" AS \"Go\"\nTALK \"never\""));

        assertEquals(List.of(DialogTurn.FAILURE_REPLY), outcome.replies());
        assertTrue(outcome.problem().orElseThrow().contains("no dialog named \"missing\""), outcome.problem().toString());
    }
}
