package org.botserver.specs.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.specs.target.SuggestedReply;
import org.botserver.specs.target.TurnStatus;
import org.junit.jupiter.api.Test;

/** "When the user picks" sends the value of the quick reply with that label, or the label for a plain HEAR menu. */
class UserPicksASuggestionTest {

    private final ScriptedTarget target = new ScriptedTarget();

    @Test
    void picking_a_label_sends_the_value_behind_it() {
        target.answers(TurnStatus.AWAITING_INPUT, List.of("Plan?"), new SuggestedReply("pro", "Pro plan"),
                        new SuggestedReply("free", "Free plan"))
                .answers(TurnStatus.ENDED, List.of("Pro it is."));
        Conversation conversation = new Conversation(target);
        conversation.start("plans");

        conversation.pick("Pro plan");

        assertEquals(List.of("pro"), target.sent);
        assertTrue(conversation.transcript().toString().contains("user: pro   [picked \"Pro plan\"]"));
    }

    @Test
    void a_label_the_bot_did_not_offer_fails_with_the_offered_ones() {
        target.answers(TurnStatus.AWAITING_INPUT, List.of("Plan?"), new SuggestedReply("pro", "Pro"));
        Conversation conversation = new Conversation(target);
        conversation.start("plans");

        AssertionError failure = assertThrows(AssertionError.class, () -> conversation.pick("Gold"));

        assertTrue(failure.getMessage().startsWith("The user cannot pick \"Gold\": the bot offered\n  \"Pro\""),
                failure.getMessage());
        assertEquals(List.of(), target.sent);
    }

    @Test
    void without_suggestions_the_label_itself_is_the_answer() {
        target.answers(TurnStatus.AWAITING_INPUT, List.of("Monthly or yearly?"))
                .answers(TurnStatus.ENDED, List.of("Yearly it is."));
        Conversation conversation = new Conversation(target);
        conversation.start("plans");

        conversation.pick("Yearly");

        assertEquals(List.of("Yearly"), target.sent);
    }
}
