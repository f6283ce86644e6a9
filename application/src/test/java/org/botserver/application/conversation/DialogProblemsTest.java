package org.botserver.application.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.botserver.application.bot.TestBots;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.Suggestion;
import org.junit.jupiter.api.Test;

/** What the user sees when a dialog breaks or asks for something this server cannot do yet. */
class DialogProblemsTest {

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    private TurnResult start(String source) {
        return new StartConversationService(store, TestBots.catalog(TestBots.bot("b", source)), clock, Limits.defaults(), Capabilities.none())
                .start(StartConversationCommand.of("b", null));
    }

    private static List<String> contents(TurnResult turn) {
        return turn.replies().stream().map(Message::content).toList();
    }

    @Test
    void a_runtime_error_ends_the_conversation_with_a_plain_reply_after_what_was_said() {
        TurnResult turn = start("TALK \"one moment\"\nTHROW \"database exploded at line 7\"");

        assertEquals(ConversationStatus.ENDED, turn.status());
        assertEquals(List.of("one moment", "Sorry, something went wrong in this conversation and it has ended."),
                contents(turn));
        assertEquals(2, store.allMessages(turn.conversationId()).size());
    }

    @Test
    void a_capability_this_server_lacks_is_named_to_the_user_and_ends_the_dialog() {
        TurnResult turn = start("answer = LLM \"Tell me a joke\"\nTALK answer");

        assertEquals(ConversationStatus.ENDED, turn.status());
        List<String> replies = contents(turn);
        assertEquals(1, replies.size());
        assertTrue(replies.getFirst().startsWith("LLM is not available on this server,"), replies.getFirst());
    }

    @Test
    void suggestions_offered_before_hear_come_with_the_turn() {
        TurnResult turn = start("""
                ADD SUGGESTION "yes" AS "Yes, please"
                ADD SUGGESTION "no"
                TALK "Shall we?"
                HEAR answer
                """);

        assertEquals(ConversationStatus.AWAITING_INPUT, turn.status());
        assertEquals(List.of(new Suggestion("yes", "Yes, please"), new Suggestion("no", "no")), turn.suggestions());
    }

    @Test
    void a_wait_does_not_hold_the_turn_back() {
        TurnResult turn = start("TALK \"a\"\nWAIT 1\nTALK \"b\"");

        assertEquals(List.of("a", "b"), contents(turn));
        assertEquals(ConversationStatus.ENDED, turn.status());
    }

    @Test
    void a_value_nested_too_deeply_to_save_ends_the_conversation_plainly() {
        TurnResult turn = start("""
                a = []
                FOR i = 1 TO 200000
                    a = [a]
                NEXT
                HEAR answer
                """);

        assertEquals(ConversationStatus.ENDED, turn.status());
        assertEquals(List.of("Sorry, something went wrong in this conversation and it has ended."), contents(turn));
    }
}
