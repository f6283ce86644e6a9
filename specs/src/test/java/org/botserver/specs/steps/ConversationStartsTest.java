package org.botserver.specs.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.specs.target.TurnStatus;
import org.junit.jupiter.api.Test;

/** The first message starts the conversation with the deployed bot; a refused start is reported, not skipped. */
class ConversationStartsTest {

    private final ScriptedTarget target = new ScriptedTarget();

    @Test
    void the_first_message_starts_a_conversation_with_the_last_deployed_bot() {
        target.answers(TurnStatus.AWAITING_INPUT, List.of("Your name?")).answers(TurnStatus.ENDED, List.of("Hi Ana!"));
        Conversation conversation = new Conversation(target);
        conversation.deploy("greeter", "src/test/resources/bots/greeter.gbai");

        conversation.say("Ana");

        assertEquals(List.of("Ana"), target.sent);
        assertEquals(List.of("Hi Ana!"), conversation.turn().replies());
    }

    @Test
    void talking_before_any_bot_is_deployed_says_how_to_begin() {
        AssertionError failure = assertThrows(AssertionError.class, () -> new Conversation(target).say("hi"));

        assertTrue(failure.getMessage().startsWith(
                "There is no bot to talk to: begin with Given the bot \"…\" deployed from \"…\"."), failure.getMessage());
    }

    @Test
    void a_refused_start_is_kept_for_the_next_step_to_check() {
        target.refuses("There is no bot 'nobody' on this server.");
        Conversation conversation = new Conversation(target);
        Expectations expect = new Expectations(conversation);

        conversation.start("nobody");

        expect.refused("There is no bot 'nobody'");
        AssertionError failure = assertThrows(AssertionError.class, () -> expect.says("Hello"));
        assertTrue(failure.getMessage().startsWith("The last request was refused: There is no bot 'nobody' on this server."
                + "\n\nConversation transcript (scripted):\n  (the user starts a conversation with \"nobody\")\n"
                + "  (refused: There is no bot 'nobody' on this server.)"), failure.getMessage());
    }

    @Test
    void expecting_a_refusal_of_an_answered_request_fails() {
        target.answers(TurnStatus.ENDED, List.of("Hello"));
        Conversation conversation = new Conversation(target);
        conversation.start("greeter");

        AssertionError failure = assertThrows(AssertionError.class,
                () -> new Expectations(conversation).refused("There is no bot"));

        assertTrue(failure.getMessage().startsWith("Expected the last request to be refused with \"There is no bot\", "
                + "but it was answered."), failure.getMessage());
    }
}
