package org.botserver.specs.steps;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.botserver.specs.llm.ModelRequestSeen;
import org.botserver.specs.llm.ToolResultSeen;
import org.botserver.specs.target.TurnStatus;
import org.junit.jupiter.api.Test;

/** "Then the tool … was called with:" passes only for a call that ran with those arguments, and says what happened. */
class ToolCallsAreCheckedTest {

    private final ScriptedTarget target = new ScriptedTarget();
    private final Conversation conversation = new Conversation(target);
    private final Expectations expect = new Expectations(conversation);

    /** The model's two requests of one turn, as the server's tool loop makes them, then the bot's answer. */
    private void theTurnRunsTheToolAndGets(String result, boolean error) {
        target.answers(TurnStatus.ENDED, List.of("Hello")).answers(TurnStatus.ENDED, List.of("Done."));
        conversation.deploy("helpdesk", "src/test/resources/bots/helpdesk.gbai");
        target.model.next(new ModelRequestSeen("", "help", List.of()), List.of(), false);
        target.model.next(new ModelRequestSeen("", "help", List.of()), List.of(new ToolResultSeen("call_1", result, error)), true);
        conversation.say("help");
    }

    @Test
    void a_call_that_ran_with_the_arguments_passes_and_shows_in_the_transcript() {
        conversation.scriptToolCall("create-ticket", Map.of("priority", "1"));
        theTurnRunsTheToolAndGets("Ticket 1", false);

        assertDoesNotThrow(() -> expect.toolCalled("create-ticket", Map.of("priority", "1")));
        assertTrue(conversation.transcript().toString().contains(
                "(the LLM called the tool \"create-ticket\" with {priority=1} → Ticket 1)"), conversation.transcript().toString());
    }

    @Test
    void other_arguments_fail_naming_the_arguments_it_was_called_with() {
        conversation.scriptToolCall("create-ticket", Map.of("priority", "1"));
        theTurnRunsTheToolAndGets("Ticket 1", false);

        AssertionError failure = assertThrows(AssertionError.class,
                () -> expect.toolCalled("create-ticket", Map.of("priority", "2")));

        assertTrue(failure.getMessage().startsWith("Expected the tool \"create-ticket\" to have been called with {priority=2},"
                + " but it was called so:\n  the LLM called the tool \"create-ticket\" with {priority=1}"), failure.getMessage());
    }

    @Test
    void a_call_the_server_refused_fails_with_the_error_the_model_got() {
        conversation.scriptToolCall("create-ticket", Map.of("priority", "soon"));
        theTurnRunsTheToolAndGets("priority must be an integer", true);

        AssertionError failure = assertThrows(AssertionError.class,
                () -> expect.toolCalled("create-ticket", Map.of("priority", "soon")));

        assertTrue(failure.getMessage().startsWith("The tool \"create-ticket\" was asked for with {priority=soon}, but it"
                + " did not run: priority must be an integer"), failure.getMessage());
    }

    @Test
    void a_tool_never_called_fails_saying_no_tool_was() {
        conversation.scriptAnswer("No tool needed.");

        AssertionError failure = assertThrows(AssertionError.class,
                () -> expect.toolCalled("create-ticket", Map.of()));

        assertTrue(failure.getMessage().startsWith("Expected the tool \"create-ticket\" to have been called, but no tool was."),
                failure.getMessage());
    }
}
