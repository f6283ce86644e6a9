package org.botserver.application.conversation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.ConversationId;
import org.junit.jupiter.api.Test;

class CommandValidationTest {

    private final String someId = ConversationId.random().toString();

    @Test
    void a_start_without_a_bot_id_is_invalid_and_a_malformed_one_names_no_bot() {
        assertThrows(InvalidCommandException.class, () -> StartConversationCommand.of(null, null));
        assertThrows(InvalidCommandException.class, () -> StartConversationCommand.of(" ", null));
        assertThrows(UnknownBotException.class, () -> StartConversationCommand.of("Not A Bot!", null));
    }

    @Test
    void a_start_without_a_user_id_gets_an_anonymous_one() {
        StartConversationCommand command = StartConversationCommand.of("hello", null);

        assertEquals(new BotId("hello"), command.botId());
        assertTrue(command.userId().startsWith("anon-"));
    }

    @Test
    void a_user_id_must_not_be_blank_or_huge() {
        assertThrows(InvalidCommandException.class, () -> StartConversationCommand.of("hello", ""));
        assertThrows(InvalidCommandException.class, () -> StartConversationCommand.of("hello", "u".repeat(201)));
        assertEquals("ana", StartConversationCommand.of("hello", "ana").userId());
    }

    @Test
    void a_message_needs_content() {
        assertThrows(InvalidCommandException.class, () -> SendMessageCommand.of(someId, null));
        assertThrows(InvalidCommandException.class, () -> SendMessageCommand.of(someId, ""));
    }

    @Test
    void a_message_of_exactly_64_kib_is_accepted_and_one_byte_more_is_not() {
        assertDoesNotThrow(() -> SendMessageCommand.of(someId, "a".repeat(65_536)));
        assertThrows(InvalidCommandException.class, () -> SendMessageCommand.of(someId, "a".repeat(65_537)));
    }

    @Test
    void the_64_kib_limit_counts_utf8_bytes_not_characters() {
        String threeBytesEach = "€".repeat(21_846);

        InvalidCommandException e = assertThrows(InvalidCommandException.class,
                () -> SendMessageCommand.of(someId, threeBytesEach));
        assertTrue(e.getMessage().contains("64 KiB"));
        assertDoesNotThrow(() -> SendMessageCommand.of(someId, "€".repeat(21_845)));
    }

    @Test
    void a_malformed_conversation_id_names_no_conversation() {
        assertThrows(UnknownConversationException.class, () -> SendMessageCommand.of("nope", "hi"));
        assertThrows(UnknownConversationException.class, () -> ReadHistoryQuery.of("nope", null, null));
    }

    @Test
    void history_reads_fifty_messages_by_default_and_at_most_two_hundred() {
        assertEquals(50, ReadHistoryQuery.of(someId, null, null).limit());
        assertEquals(Optional.of(Instant.EPOCH), ReadHistoryQuery.of(someId, 1, Instant.EPOCH).before());
        assertEquals(200, ReadHistoryQuery.of(someId, 200, null).limit());
        assertThrows(InvalidCommandException.class, () -> ReadHistoryQuery.of(someId, 0, null));
        assertThrows(InvalidCommandException.class, () -> ReadHistoryQuery.of(someId, 201, null));
    }
}
