package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.application.bot.TestBots;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

class LlmKeywordTest {

    private final TestLlm llm = new TestLlm(TestBots.catalog(TestBots.bot("poet", """
            BEGIN SYSTEM PROMPT
            You write short poems.
            END SYSTEM PROMPT
            poem = LLM "A haiku about the sea"
            TALK "Here it is: " + poem
            """)));

    @Test
    void llm_returns_the_completion_of_the_prompt_under_the_bots_system_prompt() {
        llm.model.answers("Waves fold into foam");

        TurnResult started = llm.start.start(StartConversationCommand.of("poet", "u"));

        assertEquals(List.of("Here it is: Waves fold into foam"), started.replies().stream().map(Message::content).toList());
        LlmRequest request = llm.model.lastRequest();
        assertEquals(List.of(new ChatEntry.User("A haiku about the sea")), request.entries());
        assertTrue(request.systemPrompt().startsWith("You write short poems."), request.systemPrompt());
        assertEquals(List.of(), request.tools());
    }

    @Test
    void a_failing_model_ends_the_dialog_with_the_plain_failure_reply() {
        llm.model.fails(LlmReply.Kind.UNAVAILABLE);

        TurnResult started = llm.start.start(StartConversationCommand.of("poet", "u"));

        assertEquals(1, started.replies().size());
        assertTrue(started.replies().getFirst().content().startsWith("Sorry"), started.replies().toString());
    }
}
