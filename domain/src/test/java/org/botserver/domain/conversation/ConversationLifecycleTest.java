package org.botserver.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

class ConversationLifecycleTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final BotId hello = new BotId("hello");

    @Test
    void a_new_conversation_is_active_unsaved_and_has_no_dialog_state() {
        Conversation conversation = Conversation.start(ConversationId.random(), hello, "anon-7", NOW);

        assertEquals(ConversationStatus.ACTIVE, conversation.status());
        assertEquals(0, conversation.version());
        assertArrayEquals(new byte[0], conversation.dialogState());
        assertEquals(NOW, conversation.startedAt());
        assertEquals(NOW, conversation.updatedAt());
        assertTrue(conversation.isWith(hello));
        assertFalse(conversation.isAwaitingInput());
        assertFalse(conversation.hasEnded());
    }

    @Test
    void a_turn_that_stops_at_hear_keeps_the_state_and_the_loaded_version() {
        Conversation loaded = Conversation.restore(ConversationId.random(), hello, "u", ConversationStatus.AWAITING_INPUT,
                new byte[] {1}, NOW, NOW, 4);

        Conversation next = loaded.afterTurn(ConversationStatus.AWAITING_INPUT, new byte[] {2, 3}, NOW.plusSeconds(5));

        assertTrue(next.isAwaitingInput());
        assertArrayEquals(new byte[] {2, 3}, next.dialogState());
        assertEquals(NOW.plusSeconds(5), next.updatedAt());
        assertEquals(4, next.version());
        assertEquals(loaded, next);
    }

    @Test
    void a_turn_that_ends_the_dialog_marks_the_conversation_ended() {
        Conversation started = Conversation.start(ConversationId.random(), hello, "u", NOW);

        Conversation ended = started.afterTurn(ConversationStatus.ENDED, new byte[0], NOW);

        assertTrue(ended.hasEnded());
        assertFalse(ended.isAwaitingInput());
    }

    @Test
    void a_clock_that_steps_back_does_not_make_the_conversation_older() {
        Conversation started = Conversation.start(ConversationId.random(), hello, "u", NOW);

        assertEquals(NOW, started.afterTurn(ConversationStatus.ENDED, new byte[0], NOW.minusSeconds(1)).updatedAt());
    }

    @Test
    void the_dialog_state_cannot_be_changed_from_outside() {
        byte[] state = {1, 2};
        Conversation conversation = Conversation.restore(ConversationId.random(), hello, "u",
                ConversationStatus.AWAITING_INPUT, state, NOW, NOW, 1);
        state[0] = 9;
        conversation.dialogState()[1] = 9;

        assertArrayEquals(new byte[] {1, 2}, conversation.dialogState());
    }

    @Test
    void a_conversation_needs_a_user_and_a_sane_version_and_time() {
        ConversationId id = ConversationId.random();
        assertThrows(IllegalArgumentException.class, () -> Conversation.start(id, hello, " ", NOW));
        assertThrows(IllegalArgumentException.class, () -> Conversation.restore(id, hello, "u",
                ConversationStatus.ENDED, new byte[0], NOW, NOW, -1));
        assertThrows(IllegalArgumentException.class, () -> Conversation.restore(id, hello, "u",
                ConversationStatus.ENDED, new byte[0], NOW, NOW.minusSeconds(1), 1));
    }
}
