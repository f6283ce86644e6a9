package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.application.bot.TestBots;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

class LlmAnswersWhenNoDialogWaitsTest {

    private final TestLlm llm = new TestLlm(TestBots.catalog(TestBots.bot("hello", TestBots.HELLO)));

    private String endedHelloConversation() {
        String id = llm.start.start(org.botserver.application.conversation.StartConversationCommand.of("hello", "u"))
                .conversationId().toString();
        llm.send.send(SendMessageCommand.of(id, "Ana"));
        return id;
    }

    @Test
    void a_message_after_the_dialog_ended_is_answered_by_the_model_with_the_history_before_it() {
        String id = endedHelloConversation();
        llm.model.answers("Lisbon is the capital of Portugal.");

        TurnResult result = llm.send.send(SendMessageCommand.of(id, "What is the capital of Portugal?"));

        assertEquals(List.of("Lisbon is the capital of Portugal."), result.replies().stream().map(Message::content).toList());
        assertEquals(ConversationStatus.ENDED, result.status());
        LlmRequest request = llm.model.lastRequest();
        assertEquals(SystemPrompt.DEFAULT, request.systemPrompt());
        assertEquals(List.of(new ChatEntry.Assistant("Hello! I am the hello bot.\nWhat is your name?"),
                new ChatEntry.User("Ana"), new ChatEntry.Assistant("Nice to meet you, Ana!"),
                new ChatEntry.User("What is the capital of Portugal?")), request.entries());
        assertEquals(List.of(), request.tools());
    }

    @Test
    void the_answer_is_streamed_while_written_and_stored_whole_with_the_tokens_it_used() {
        String id = endedHelloConversation();
        llm.model.answers("Lisbon is the capital.");
        TestLlm.Chunks chunks = new TestLlm.Chunks();

        TurnResult result = llm.send.send(SendMessageCommand.of(id, "Capital?"), chunks);

        assertEquals(List.of("Lisbon ", "is ", "the ", "capital."), chunks.received);
        List<Message> stored = llm.store.allMessages(result.conversationId());
        assertEquals("Lisbon is the capital.", stored.getLast().content());
        assertEquals(15, stored.getLast().tokensUsed());
        assertEquals(0, stored.get(stored.size() - 2).tokensUsed());
    }

    @Test
    void the_bots_system_prompt_and_the_context_the_dialog_set_lead_the_request() {
        var bots = TestBots.catalog(TestBots.bot("shop", """
                BEGIN SYSTEM PROMPT
                You sell shoes.
                END SYSTEM PROMPT
                SET CONTEXT "The user is a premium customer."
                TALK "Welcome"
                """));
        TestLlm shop = new TestLlm(bots);
        String id = shop.start.start(org.botserver.application.conversation.StartConversationCommand.of("shop", "u"))
                .conversationId().toString();
        shop.model.answers("Sure.");

        shop.send.send(SendMessageCommand.of(id, "Any discounts?"));

        String system = shop.model.lastRequest().systemPrompt();
        assertTrue(system.startsWith("You sell shoes."), system);
        assertTrue(system.endsWith("The user is a premium customer."), system);
    }

    @Test
    void a_dialog_waiting_in_hear_gets_the_message_and_the_model_is_not_asked() {
        String id = llm.start.start(org.botserver.application.conversation.StartConversationCommand.of("hello", "u"))
                .conversationId().toString();

        TurnResult result = llm.send.send(SendMessageCommand.of(id, "Ana"));

        assertEquals("Nice to meet you, Ana!", result.replies().getFirst().content());
        assertEquals(0, llm.model.requests.size());
        assertInstanceOf(TurnResult.class, result);
    }
}
