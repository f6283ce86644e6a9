package org.botserver.application.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.TurnTranscript;
import org.junit.jupiter.api.Test;

class ReadHistoryServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final ReadHistory readHistory = new ReadHistoryService(store);

    @Test
    void history_pages_back_from_the_newest_messages() {
        Conversation conversation = Conversation.start(ConversationId.random(), new BotId("hello"), "u", NOW);
        store.saveTurn(conversation, TurnTranscript.of(conversation.id(), Optional.of("q"), List.of("a", "b"), NOW).all());

        HistoryPage newest = readHistory.read(ReadHistoryQuery.of(conversation.id().toString(), 2, null));
        assertEquals(List.of("a", "b"), newest.messages().stream().map(Message::content).toList());
        assertTrue(newest.hasMore());

        Instant oldestShown = newest.messages().getFirst().timestamp();
        HistoryPage older = readHistory.read(ReadHistoryQuery.of(conversation.id().toString(), 2, oldestShown));
        assertEquals(List.of("q"), older.messages().stream().map(Message::content).toList());
    }

    @Test
    void history_of_an_unknown_conversation_is_refused() {
        String unknown = ConversationId.random().toString();

        assertThrows(UnknownConversationException.class, () -> readHistory.read(ReadHistoryQuery.of(unknown, null, null)));
    }
}
