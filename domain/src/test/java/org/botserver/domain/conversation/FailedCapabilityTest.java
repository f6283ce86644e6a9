package org.botserver.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;

/** A capability keyword that fails is a runtime error of its statement: ON ERROR RESUME NEXT traps it. */
class FailedCapabilityTest {

    /** SEND MAIL fails with a reason; every other keyword answers "ok". */
    private static final Capabilities MAIL_DOWN = (capability, scope) -> capability.keyword().equals("SEND MAIL")
            ? new CapabilityResult.Failed("'bob@' is not an e-mail address.")
            : new CapabilityResult.Performed(new TextValue("ok"));

    private static TurnOutcome start(String source) {
        return DialogTurn.start(TestBots.bot("start", source), Limits.defaults(), MAIL_DOWN, TestBots.scope());
    }

    @Test
    void a_trapped_failure_lets_the_dialog_go_on_and_tells_it_why() {
        TurnOutcome outcome = start("""
                ON ERROR RESUME NEXT
                SEND MAIL "bob@", "Hi", "Hello"
                IF ERROR THEN TALK "Not sent: " & ERROR MESSAGE
                answer = LLM "still here?"
                TALK answer
                """);

        assertEquals(List.of("Not sent: SEND MAIL failed: 'bob@' is not an e-mail address.", "ok"), outcome.replies());
        assertEquals(ConversationStatus.ENDED, outcome.status());
        assertTrue(outcome.problem().isEmpty(), outcome.problem().toString());
    }

    @Test
    void a_failure_in_an_expression_is_trapped_too() {
        TurnOutcome outcome = start("""
                ON ERROR RESUME NEXT
                x = "before"
                x = UCASE(SEND MAIL "bob@", "Hi", "Hello")
                TALK x & " " & ERROR
                """);

        assertEquals(List.of("before TRUE"), outcome.replies());
    }

    @Test
    void an_untrapped_failure_ends_the_dialog_plainly_with_the_line_logged() {
        TurnOutcome outcome = start("""
                TALK "sending"
                SEND MAIL "bob@", "Hi", "Hello"
                TALK "never"
                """);

        assertEquals(List.of("sending", DialogTurn.FAILURE_REPLY), outcome.replies());
        String problem = outcome.problem().orElseThrow();
        assertTrue(problem.contains(":2") && problem.contains("not an e-mail address"), problem);
    }
}
