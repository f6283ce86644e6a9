package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.SessionSettings;
import org.junit.jupiter.api.Test;

class ConversationCodecTest {

    private static final Instant STARTED = Instant.parse("2025-03-01T10:00:00.123456789Z");

    @Test
    void a_conversation_reads_back_with_every_field() {
        String longContext = "You help with refunds. ".repeat(4_000);
        Conversation original = Conversation.restore(ConversationId.random(), new BotId("shop"), "user-ü-1",
                ConversationStatus.AWAITING_INPUT, new byte[] {0, 1, 2, (byte) 255}, STARTED, STARTED.plusSeconds(90),
                7, new SessionSettings(List.of("create-ticket", "refund"), Optional.of(longContext), List.of("policies")));

        Conversation read = ConversationCodec.decode(ConversationCodec.encode(original)).orElseThrow();

        assertEquals(original.id(), read.id());
        assertEquals(original.botId(), read.botId());
        assertEquals(original.userId(), read.userId());
        assertEquals(original.status(), read.status());
        assertArrayEquals(original.dialogState(), read.dialogState());
        assertEquals(original.startedAt(), read.startedAt());
        assertEquals(original.updatedAt(), read.updatedAt());
        assertEquals(7, read.version());
        assertEquals(original.session(), read.session());
    }

    @Test
    void a_conversation_without_context_or_tools_reads_back_without_them() {
        Conversation original = Conversation.start(ConversationId.random(), new BotId("hello"), "anon", STARTED);

        Conversation read = ConversationCodec.decode(ConversationCodec.encode(original)).orElseThrow();

        assertEquals(SessionSettings.none(), read.session());
        assertEquals(ConversationStatus.ACTIVE, read.status());
    }

    @Test
    void a_copy_in_another_format_or_damaged_reads_as_absent() {
        byte[] copy = Base64.getDecoder().decode(ConversationCodec.encode(
                Conversation.start(ConversationId.random(), new BotId("hello"), "anon", STARTED)));
        copy[0] = 2;

        assertTrue(ConversationCodec.decode(Base64.getEncoder().encodeToString(copy)).isEmpty());
        assertTrue(ConversationCodec.decode("not base64 at all!").isEmpty());
        assertTrue(ConversationCodec.decode(Base64.getEncoder().encodeToString(new byte[] {1, 0, 0})).isEmpty());
    }
}
