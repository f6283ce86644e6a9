package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.botserver.application.conversation.ConcurrentTurnException;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Turns racing on one conversation: the database's version check lets exactly one of them through. */
class ConcurrentTurnsTest {

    private static final int RACERS = 8;
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static Path dataDir;
    private static PostgresPersistence persistence;

    @BeforeAll
    static void startDatabase() {
        dataDir = TestDataDirectory.fresh(ConcurrentTurnsTest.class);
        persistence = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, RACERS));
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        TestDataDirectory.delete(dataDir);
    }

    private static ConversationStore store() { return persistence.conversations(); }

    @Test
    void of_turns_racing_on_the_same_version_exactly_one_is_saved_with_its_messages() throws Exception {
        Conversation started = Conversation.start(ConversationId.random(), new BotId("hello"), "racer", T0);
        store().saveTurn(started, List.of());
        Conversation loaded = store().find(started.id()).orElseThrow();

        List<Integer> winners = race(i -> () -> store().saveTurn(
                loaded.afterTurn(ConversationStatus.AWAITING_INPUT, new byte[] {(byte) i}, T0.plusSeconds(i)),
                List.of(Message.fromUser(started.id(), "turn " + i, T0.plusSeconds(i)))));

        assertEquals(1, winners.size(), "winners: " + winners);
        int winner = winners.getFirst();
        Conversation stored = store().find(started.id()).orElseThrow();
        assertEquals(2, stored.version());
        assertArrayEquals(new byte[] {(byte) winner}, stored.dialogState());
        assertEquals(List.of("turn " + winner), store().history(started.id(), 50, Optional.empty()).messages()
                .stream().map(Message::content).toList());
    }

    @Test
    void of_first_turns_racing_to_create_the_same_conversation_exactly_one_is_saved() throws Exception {
        ConversationId id = ConversationId.random();

        List<Integer> winners = race(i -> () -> store().saveTurn(
                Conversation.start(id, new BotId("hello"), "racer-" + i, T0),
                List.of(Message.fromBot(id, "hello " + i, T0))));

        assertEquals(1, winners.size(), "winners: " + winners);
        Conversation stored = store().find(id).orElseThrow();
        assertEquals("racer-" + winners.getFirst(), stored.userId());
        assertEquals(1, store().history(id, 50, Optional.empty()).messages().size());
    }

    /** Runs the racers at the same moment; returns the indexes of those that saved, failing on other errors. */
    private static List<Integer> race(IntFunction<Runnable> racer) throws InterruptedException, ExecutionException {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(RACERS)) {
            for (int i = 0; i < RACERS; i++) {
                Runnable turn = racer.apply(i);
                Callable<Boolean> attempt = () -> {
                    go.await();
                    try {
                        turn.run();
                        return true;
                    } catch (ConcurrentTurnException lost) {
                        return false;
                    }
                };
                outcomes.add(threads.submit(attempt));
            }
            go.countDown();
        }
        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) if (outcomes.get(i).get()) winners.add(i);
        return winners;
    }
}
