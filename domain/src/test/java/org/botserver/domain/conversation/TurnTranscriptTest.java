package org.botserver.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TurnTranscriptTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00.123456789Z");
    private final ConversationId id = ConversationId.random();

    @Test
    void the_user_message_comes_first_then_the_replies_in_order() {
        TurnTranscript transcript = TurnTranscript.of(id, Optional.of("Ana"), List.of("Hi Ana", "Bye"), NOW);

        assertEquals(List.of(Sender.USER, Sender.BOT, Sender.BOT), transcript.all().stream().map(Message::sender).toList());
        assertEquals(List.of("Ana", "Hi Ana", "Bye"), transcript.all().stream().map(Message::content).toList());
        assertTrue(transcript.all().stream().allMatch(m -> m.conversationId().equals(id)));
    }

    @Test
    void each_message_is_one_microsecond_after_the_one_before_so_paging_keeps_the_order() {
        List<Message> all = TurnTranscript.of(id, Optional.of("Ana"), List.of("a", "b"), NOW).all();

        Instant base = Instant.parse("2025-03-01T10:00:00.123456Z");
        assertEquals(List.of(base, base.plusNanos(1000), base.plusNanos(2000)), all.stream().map(Message::timestamp).toList());
    }

    @Test
    void a_first_turn_has_only_the_bots_replies() {
        TurnTranscript transcript = TurnTranscript.of(id, Optional.empty(), List.of("Hello"), NOW);

        assertEquals(Optional.empty(), transcript.userMessage());
        assertEquals(1, transcript.all().size());
        assertEquals(Sender.BOT, transcript.replies().getFirst().sender());
    }
}
