package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many conversations taking turns at once each keep every turn. It also prints what a turn costs here, for
 * information only: a timing never decides whether a test passes.
 */
class ParallelConversationsTest {

    private static final int THREADS = 4;
    private static final int TURNS = 250;
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static Path dataDir;
    private static PostgresPersistence persistence;

    @BeforeAll
    static void startDatabase() {
        dataDir = TestDataDirectory.fresh(ParallelConversationsTest.class);
        persistence = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, THREADS));
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        TestDataDirectory.delete(dataDir);
    }

    @Test
    void every_turn_of_conversations_running_in_parallel_is_kept() throws Exception {
        ConversationStore store = persistence.conversations();
        playTurns(store, 20); // warm-up: connections, statement caches, JIT

        long started = System.nanoTime();
        List<Conversation> finished = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
            List<Future<Conversation>> runs = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) runs.add(threads.submit(() -> playTurns(store, TURNS)));
            for (Future<Conversation> run : runs) finished.add(run.get());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        for (Conversation conversation : finished) {
            assertEquals(TURNS, store.find(conversation.id()).orElseThrow().version());
            assertEquals(2 * TURNS, store.history(conversation.id(), 2 * TURNS + 1, Optional.empty()).messages().size());
        }
        int turns = THREADS * TURNS;
        System.out.printf("saveTurn (2 messages, fsync on): %d turns on %d threads in %d ms = %.0f turns/s, %.2f ms per turn per thread%n",
                turns, THREADS, took.toMillis(), turns / (took.toNanos() / 1e9), took.toNanos() / 1e6 / TURNS);
    }

    /** One conversation of the given number of turns, each carrying the version the previous one stored. */
    private static Conversation playTurns(ConversationStore store, int turns) {
        Conversation conversation = Conversation.start(ConversationId.random(), new BotId("hello"), "load", T0);
        for (int turn = 1; turn <= turns; turn++) {
            Instant now = T0.plusMillis(turn);
            Conversation after = conversation.afterTurn(ConversationStatus.AWAITING_INPUT, new byte[64], now);
            store.saveTurn(after, List.of(Message.fromUser(after.id(), "answer " + turn, now),
                    Message.fromBot(after.id(), "question " + turn, now)));
            conversation = Conversation.restore(after.id(), after.botId(), after.userId(), after.status(),
                    after.dialogState(), after.startedAt(), after.updatedAt(), after.version() + 1);
        }
        return conversation;
    }
}
