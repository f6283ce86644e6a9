package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.botserver.application.bot.TestBots;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

class WithoutAWorkingModelTest {

    private static List<String> said(TurnResult result) {
        return result.replies().stream().map(Message::content).toList();
    }

    @Test
    void without_a_configured_model_the_bot_says_so_plainly_and_its_dialogs_keep_working() {
        TestLlm llm = new TestLlm(TestBots.catalog(TestBots.bot("hello", TestBots.HELLO)), Optional.empty());
        String id = llm.start.start(StartConversationCommand.of("hello", "u")).conversationId().toString();

        TurnResult dialog = llm.send.send(SendMessageCommand.of(id, "Ana"));
        TurnResult free = llm.send.send(SendMessageCommand.of(id, "What is the capital of Portugal?"));

        assertEquals(List.of("Nice to meet you, Ana!"), said(dialog));
        assertEquals(List.of(LlmReplies.NOT_CONFIGURED), said(free));
        assertTrue(LlmReplies.NOT_CONFIGURED.contains("no language model is configured"));
        assertEquals(6, llm.store.allMessages(free.conversationId()).size());
    }

    @Test
    void the_llm_keyword_without_a_configured_model_is_a_runtime_error_of_its_statement() {
        TestLlm llm = new TestLlm(TestBots.catalog(TestBots.bot("asker", "x = LLM \"Say hi\"\nTALK x")), Optional.empty());

        TurnResult started = llm.start.start(StartConversationCommand.of("asker", "u"));

        assertEquals(List.of("Sorry, something went wrong in this conversation and it has ended."), said(started));
    }

    @Test
    void a_dialog_that_traps_the_missing_model_goes_on_without_it() {
        TestLlm llm = new TestLlm(TestBots.catalog(TestBots.bot("asker", """
                ON ERROR RESUME NEXT
                x = LLM "Say hi"
                IF ERROR THEN TALK "No model here: " & ERROR MESSAGE
                TALK "Still here"
                """)), Optional.empty());

        TurnResult started = llm.start.start(StartConversationCommand.of("asker", "u"));

        assertEquals(List.of("No model here: LLM failed: no language model is configured for this bot.", "Still here"),
                said(started));
    }

    @Test
    void a_provider_that_is_down_gets_a_plain_reply_and_the_turn_is_still_saved() {
        TestLlm llm = new TestLlm(TestBots.catalog(TestBots.bot("hello", "TALK \"hi\"")));
        String id = llm.start.start(StartConversationCommand.of("hello", "u")).conversationId().toString();
        llm.model.fails(LlmReply.Kind.UNAVAILABLE);

        TurnResult result = llm.send.send(SendMessageCommand.of(id, "Hello?"));

        assertEquals(List.of(LlmReplies.forFailure(LlmReply.Kind.UNAVAILABLE)), said(result));
        assertEquals(ConversationStatus.ENDED, result.status());
        assertEquals(3, llm.store.allMessages(result.conversationId()).size());
    }

    @Test
    void every_failure_but_a_cancelled_one_has_a_plain_sentence_for_the_user() {
        for (LlmReply.Kind kind : LlmReply.Kind.values()) {
            String said = LlmReplies.forFailure(kind);
            assertEquals(kind == LlmReply.Kind.CANCELLED, said.isEmpty(), kind.name());
            assertTrue(said.isEmpty() || said.startsWith("Sorry"), said);
        }
    }
}
