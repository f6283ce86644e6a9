package org.botserver.application.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.botserver.application.bot.TestBots;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.domain.conversation.Suggestion;
import org.junit.jupiter.api.Test;

/** A HEAR menu offers its choices as quick replies, so every channel can render them as buttons. */
class MenuSuggestionsTest {

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private TurnResult start(String source) {
        return new StartConversationService(store, TestBots.catalog(TestBots.bot("m", source)), clock,
                Limits.defaults(), Capabilities.none()).start(StartConversationCommand.of("m", null));
    }

    private TurnResult send(TurnResult turn, String text) {
        return new SendMessageService(store, TestBots.catalog(TestBots.bot("m", MENU)), clock, Limits.defaults(),
                Capabilities.none()).send(new SendMessageCommand(turn.conversationId(), text));
    }

    private static final String MENU = """
            TALK "Which plan?"
            HEAR plan AS "Free", "Pro"
            TALK "You chose " + plan
            """;

    @Test
    void hear_with_choices_offers_each_choice_as_a_suggestion() {
        TurnResult turn = start(MENU);

        assertEquals(List.of(new Suggestion("Free", "Free"), new Suggestion("Pro", "Pro")), turn.suggestions());
    }

    @Test
    void a_rejected_answer_offers_the_choices_again() {
        TurnResult turn = send(start(MENU), "Platinum");

        assertEquals(List.of(new Suggestion("Free", "Free"), new Suggestion("Pro", "Pro")), turn.suggestions());
    }

    @Test
    void suggestions_added_by_the_dialog_win_over_the_menu() {
        TurnResult turn = start("""
                ADD SUGGESTION "free" AS "Free plan"
                HEAR plan AS "free", "pro"
                """);

        assertEquals(List.of(new Suggestion("free", "Free plan")), turn.suggestions());
    }
}
