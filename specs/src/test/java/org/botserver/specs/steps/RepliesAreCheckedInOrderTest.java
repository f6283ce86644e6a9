package org.botserver.specs.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.specs.target.TurnStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Then the bot says" steps check the replies of the bot's last turn in the order they were said. */
class RepliesAreCheckedInOrderTest {

    private Conversation conversation;
    private Expectations expect;

    @BeforeEach
    void theBotSaidThreeThings() {
        conversation = new Conversation(new ScriptedTarget()
                .answers(TurnStatus.AWAITING_INPUT, List.of("Hello!", "I am the bot.", "Your name?")));
        expect = new Expectations(conversation);
        conversation.start("bot");
    }

    @Test
    void replies_checked_in_order_pass_and_may_skip_some() {
        expect.says("Hello!");
        expect.says("Your name?");
        expect.saysNothingMore();
    }

    @Test
    void a_reply_checked_after_a_later_one_fails_and_says_what_was_already_matched() {
        expect.says("I am the bot.");

        AssertionError failure = assertThrows(AssertionError.class, () -> expect.says("Hello!"));

        assertTrue(failure.getMessage().startsWith("""
                Expected the bot to say
                  "Hello!"
                but in its last turn it said
                  "Hello!"
                  "I am the bot."
                  "Your name?"
                (earlier steps already matched the first 2 of them)"""), failure.getMessage());
    }

    @Test
    void nothing_more_fails_with_the_replies_not_yet_checked() {
        expect.says("Hello!");

        AssertionError failure = assertThrows(AssertionError.class, expect::saysNothingMore);

        assertTrue(failure.getMessage().startsWith("""
                Expected the bot to say nothing more, but it also said
                  "I am the bot."
                  "Your name?\""""), failure.getMessage());
    }

    @Test
    void a_pattern_is_found_anywhere_in_a_reply() {
        expect.saysMatching("am the");
        expect.saysMatching("^Your \\w+\\?$");
    }

    @Test
    void a_pattern_that_is_not_a_regular_expression_fails_plainly() {
        AssertionError failure = assertThrows(AssertionError.class, () -> expect.saysMatching("(unclosed"));

        assertTrue(failure.getMessage().startsWith("\"(unclosed\" is not a regular expression: "), failure.getMessage());
    }

    @Test
    void a_status_other_than_the_expected_one_fails_in_words() {
        AssertionError failure = assertThrows(AssertionError.class, () -> expect.status(TurnStatus.ENDED));

        assertEquals("Expected that the conversation is finished, but the bot waits for the user's answer.",
                failure.getMessage().lines().findFirst().orElseThrow());
    }
}
