package org.botserver.application.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.TestBots;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.Sender;
import org.junit.jupiter.api.Test;

/** The hello bot's whole conversation through the use cases: greeting, HEAR, answer by name. */
class HelloConversationTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final LoadedBots bots = TestBots.catalog(TestBots.bot("hello", TestBots.HELLO));
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final StartConversation startConversation = new StartConversationService(store, bots, clock, Limits.defaults());
    private final SendMessage sendMessage = new SendMessageService(store, bots, clock, Limits.defaults());

    private static List<String> contents(List<Message> messages) {
        return messages.stream().map(Message::content).toList();
    }

    @Test
    void starting_runs_the_start_dialog_up_to_hear_and_saves_it_in_one_turn() {
        TurnResult started = startConversation.start(StartConversationCommand.of("hello", "ana-1"));

        assertEquals(ConversationStatus.AWAITING_INPUT, started.status());
        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?"), contents(started.replies()));
        assertTrue(started.userMessage().isEmpty());
        Conversation saved = store.find(started.conversationId()).orElseThrow();
        assertEquals(1, saved.version());
        assertEquals("ana-1", saved.userId());
        assertTrue(saved.isAwaitingInput());
        assertEquals(contents(started.replies()), contents(store.allMessages(started.conversationId())));
        assertEquals(1, store.saveTurnCalls());
    }

    @Test
    void the_answer_to_hear_continues_the_dialog_which_greets_by_name_and_ends() {
        TurnResult started = startConversation.start(StartConversationCommand.of("hello", null));

        TurnResult answered = sendMessage.send(SendMessageCommand.of(started.conversationId().toString(), "Ana"));

        assertEquals(ConversationStatus.ENDED, answered.status());
        assertEquals(List.of("Nice to meet you, Ana!"), contents(answered.replies()));
        assertEquals("Ana", answered.userMessage().orElseThrow().content());
        Conversation saved = store.find(started.conversationId()).orElseThrow();
        assertEquals(2, saved.version());
        assertArrayEquals(new byte[0], saved.dialogState());
        assertEquals(2, store.saveTurnCalls());
    }

    @Test
    void the_history_holds_every_message_of_both_turns_in_order() {
        TurnResult started = startConversation.start(StartConversationCommand.of("hello", null));
        sendMessage.send(SendMessageCommand.of(started.conversationId().toString(), "Ana"));

        List<Message> history = store.allMessages(started.conversationId());

        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?", "Ana", "Nice to meet you, Ana!"),
                contents(history));
        assertEquals(List.of(Sender.BOT, Sender.BOT, Sender.USER, Sender.BOT),
                history.stream().map(Message::sender).toList());
        for (int i = 1; i < history.size(); i++) {
            assertTrue(history.get(i - 1).timestamp().isBefore(history.get(i).timestamp()));
        }
    }

    @Test
    void a_message_after_the_dialog_ended_is_answered_plainly() {
        TurnResult started = startConversation.start(StartConversationCommand.of("hello", null));
        sendMessage.send(SendMessageCommand.of(started.conversationId().toString(), "Ana"));

        TurnResult late = sendMessage.send(SendMessageCommand.of(started.conversationId().toString(), "still there?"));

        assertEquals(ConversationStatus.ENDED, late.status());
        assertEquals(List.of(SendMessageService.ENDED_REPLY), contents(late.replies()));
        assertEquals(6, store.allMessages(started.conversationId()).size());
    }

    @Test
    void starting_with_an_unknown_bot_is_refused_and_nothing_is_stored() {
        org.junit.jupiter.api.Assertions.assertThrows(org.botserver.application.bot.UnknownBotException.class,
                () -> startConversation.start(StartConversationCommand.of("nobody", null)));
        assertEquals(0, store.size());
        assertEquals(0, store.saveTurnCalls());
    }
}
