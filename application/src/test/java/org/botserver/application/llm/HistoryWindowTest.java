package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

class HistoryWindowTest {

    private static final ConversationId ID = ConversationId.random();
    private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

    private static LlmSettings contextOf(int tokens) {
        return new LlmSettings(LlmSettings.Provider.OPENAI, URI.create("http://x"), Optional.empty(), "m", 0, 100,
                Optional.empty(), Optional.empty(), Duration.ofSeconds(5), 0, 5, 10, tokens);
    }

    @Test
    void the_oldest_exchanges_are_dropped_until_the_request_fits_the_context_window() {
        List<Message> history = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            history.add(Message.fromUser(ID, "question " + i + " " + "x".repeat(290), T));
            history.add(Message.fromBot(ID, "answer " + i + " " + "y".repeat(290), T));
        }
        // 100 tokens for the answer, ~4 for the system prompt, ~5 for the question: room for about four messages.
        List<ChatEntry> window = HistoryWindow.of(history, "now?", contextOf(100 + 9 + 4 * 104 + 50), "sys", List.of());

        assertEquals(5, window.size());
        assertEquals(new ChatEntry.User("now?"), window.getLast());
        assertEquals("question 8", ((ChatEntry.User) window.getFirst()).text().substring(0, 10));
    }

    @Test
    void the_new_message_is_sent_even_when_nothing_else_fits() {
        List<ChatEntry> window = HistoryWindow.of(List.of(Message.fromUser(ID, "old", T)), "new", contextOf(100), "s", List.of());

        assertEquals(List.of(new ChatEntry.User("new")), window);
    }
}
