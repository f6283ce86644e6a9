package org.botserver.application.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.botserver.application.bot.TestBots;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.Sender;
import org.junit.jupiter.api.Test;

class MessageToAnEndedConversationTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final SendMessage sendMessage = new SendMessageService(store, TestBots.catalog(TestBots.bot("hello", TestBots.HELLO)),
            Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC), Limits.defaults(), Capabilities.none());

    private Conversation endedConversation() {
        Conversation ended = Conversation.start(ConversationId.random(), new BotId("hello"), "u", NOW)
                .afterTurn(ConversationStatus.ENDED, new byte[0], NOW);
        store.saveTurn(ended, List.of());
        return ended;
    }

    @Test
    void a_message_after_the_dialog_ended_gets_a_plain_answer_and_both_are_stored() {
        Conversation ended = endedConversation();

        TurnResult result = sendMessage.send(SendMessageCommand.of(ended.id().toString(), "anyone there?"));

        assertEquals(ConversationStatus.ENDED, result.status());
        assertEquals(List.of(SendMessageService.ENDED_REPLY), result.replies().stream().map(Message::content).toList());
        assertEquals("anyone there?", result.userMessage().orElseThrow().content());
        List<Message> stored = store.allMessages(ended.id());
        assertEquals(List.of(Sender.USER, Sender.BOT), stored.stream().map(Message::sender).toList());
        assertEquals(2, store.find(ended.id()).orElseThrow().version());
    }

    @Test
    void a_message_to_an_unknown_conversation_is_refused_and_nothing_is_stored() {
        ConversationId unknown = ConversationId.random();

        assertThrows(UnknownConversationException.class,
                () -> sendMessage.send(SendMessageCommand.of(unknown.toString(), "hi")));
        assertEquals(0, store.size());
        assertTrue(store.allMessages(unknown).isEmpty());
    }
}
