package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.botserver.application.conversation.HistoryPage;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded database keeps conversations across a stop and a start on the same data directory. */
class PersistenceRestartTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private Path dataDir;

    @BeforeEach
    void freshDataDirectory() {
        dataDir = TestDataDirectory.fresh(PersistenceRestartTest.class);
    }

    @AfterEach
    void removeDataDirectory() {
        TestDataDirectory.delete(dataDir);
    }

    private PostgresPersistence start() {
        return PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 2));
    }

    @Test
    void a_suspended_conversation_and_its_history_survive_a_restart() {
        Conversation waiting = Conversation.start(ConversationId.random(), new BotId("hello"), "anon-7", T0)
                .afterTurn(ConversationStatus.AWAITING_INPUT, new byte[] {7, 0, 7}, T0.plusSeconds(1));
        List<Message> said = List.of(Message.fromBot(waiting.id(), "Hello! What is your name?", T0.plusSeconds(1)));
        try (PostgresPersistence first = start()) {
            first.conversations().saveTurn(waiting, said);
        }

        try (PostgresPersistence second = start()) {
            Conversation found = second.conversations().find(waiting.id()).orElseThrow();
            assertEquals(ConversationStatus.AWAITING_INPUT, found.status());
            assertArrayEquals(new byte[] {7, 0, 7}, found.dialogState());
            assertEquals(1, found.version());
            assertEquals(said, second.conversations().history(waiting.id(), 10, Optional.empty()).messages());

            second.conversations().saveTurn(found.afterTurn(ConversationStatus.ENDED, new byte[0], T0.plusSeconds(9)),
                    List.of(Message.fromUser(waiting.id(), "Ada", T0.plusSeconds(9))));
            HistoryPage history = second.conversations().history(waiting.id(), 10, Optional.empty());
            assertEquals(List.of("Hello! What is your name?", "Ada"), history.messages().stream().map(Message::content).toList());
        }
    }

    @Test
    void a_second_server_on_a_data_directory_in_use_is_refused_and_the_first_keeps_working() {
        try (PostgresPersistence running = start()) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, this::start);

            assertTrue(refused.getMessage().contains("used by another running BotServer"), refused.getMessage());
            assertTrue(running.isReady());
        }
    }

    @Test
    void a_closed_persistence_is_not_ready_and_closing_again_does_nothing() {
        PostgresPersistence persistence = start();
        assertTrue(persistence.isReady());

        persistence.close();
        persistence.close();

        assertFalse(persistence.isReady());
    }
}
