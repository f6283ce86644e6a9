package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.botserver.application.conversation.ConcurrentTurnException;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.SessionSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Turns committed together: with a window long enough that concurrent turns always share a statement, each turn
 * still gets its own outcome, and a stale one fails alone while the others are saved with their messages.
 */
class GroupCommitTest {

    private static final int TURNS = 16;
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static Path serverDir;
    private static Path appDataDir;
    private static EmbeddedPostgresServer database;
    private static PersistenceSettings settings;
    private static PostgresPersistence persistence;
    // Another node on the same database, whose reads show what was committed rather than what the first one keeps.
    private static PostgresPersistence reader;

    @BeforeAll
    static void startDatabase() {
        serverDir = TestDataDirectory.fresh(GroupCommitTest.class);
        appDataDir = TestDataDirectory.fresh(GroupCommitTest.class);
        database = EmbeddedPostgresServer.start(serverDir);
        JdbcTarget target = database.target();
        settings = new PersistenceSettings(Optional.of(target.url()), target.user(), target.password(), appDataDir, 4);
        persistence = PostgresPersistence.start(settings, new GroupCommit(Duration.ofMillis(50), GroupCommit.MAX_TURNS));
        reader = PostgresPersistence.start(settings, GroupCommit.OFF);
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        if (reader != null) reader.close();
        if (database != null) database.close();
        TestDataDirectory.delete(serverDir);
        TestDataDirectory.delete(appDataDir);
    }

    private static ConversationStore store() { return persistence.conversations(); }

    @Test
    void concurrent_first_and_next_turns_are_all_saved_with_their_messages_and_settings() throws Exception {
        SessionSettings odd = new SessionSettings(List.of("a,b", "say \"hi\"", "back\\slash", "{braces}", "NULL", ""),
                Optional.of("context"), List.of("kb one"));
        List<Conversation> started = new ArrayList<>();
        for (int i = 0; i < TURNS; i++) {
            Conversation conversation = Conversation.start(ConversationId.random(), new BotId("hello"), "user-" + i, T0);
            started.add(conversation);
        }
        assertEquals(allSaved(), together(i -> store().saveTurn(started.get(i),
                List.of(Message.fromBot(started.get(i).id(), "hello " + i, T0)))));
        List<Conversation> loaded = started.stream().map(c -> store().find(c.id()).orElseThrow()).toList();
        assertEquals(allSaved(), together(i -> store().saveTurn(loaded.get(i).afterTurn(ConversationStatus.AWAITING_INPUT,
                        new byte[] {(byte) i}, odd, T0.plusSeconds(1)),
                List.of(Message.fromUser(started.get(i).id(), "first " + i, T0.plusSeconds(1)),
                        Message.fromBot(started.get(i).id(), "second " + i, T0.plusSeconds(1))))));

        for (int i = 0; i < TURNS; i++) {
            ConversationId id = started.get(i).id();
            Conversation stored = reader.conversations().find(id).orElseThrow();
            assertEquals(2, stored.version());
            assertEquals(odd, stored.session());
            assertEquals(List.of("hello " + i, "first " + i, "second " + i), store().history(id, 10, Optional.empty())
                    .messages().stream().map(Message::content).toList());
        }
    }

    @Test
    void a_stale_turn_fails_alone_while_the_turns_committed_with_it_are_saved() throws Exception {
        Conversation contested = Conversation.start(ConversationId.random(), new BotId("hello"), "contested", T0);
        store().saveTurn(contested, List.of());
        Conversation first = store().find(contested.id()).orElseThrow();
        store().saveTurn(first.afterTurn(ConversationStatus.ACTIVE, new byte[] {1}, T0.plusSeconds(1)), List.of());
        List<Conversation> others = new ArrayList<>();
        for (int i = 0; i < TURNS - 1; i++) {
            others.add(Conversation.start(ConversationId.random(), new BotId("hello"), "bystander-" + i, T0));
        }

        List<Boolean> saved = together(i -> {
            if (i == 0) {
                // Starts from version 1 although version 2 is stored.
                store().saveTurn(first.afterTurn(ConversationStatus.ACTIVE, new byte[] {9}, T0.plusSeconds(2)),
                        List.of(Message.fromUser(contested.id(), "stale", T0.plusSeconds(2))));
            } else {
                Conversation other = others.get(i - 1);
                store().saveTurn(other, List.of(Message.fromBot(other.id(), "hi", T0)));
            }
        });

        assertEquals(false, saved.getFirst());
        assertEquals(List.of(), store().history(contested.id(), 10, Optional.empty()).messages());
        assertEquals(2, reader.conversations().find(contested.id()).orElseThrow().version());
        for (int i = 1; i < TURNS; i++) assertEquals(true, saved.get(i), "turn " + i);
        for (Conversation other : others) {
            assertEquals(1, store().history(other.id(), 10, Optional.empty()).messages().size());
        }
    }

    @Test
    void a_turn_offered_after_closing_is_refused() {
        PostgresPersistence closing = PostgresPersistence.start(settings, GroupCommit.DEFAULT);
        closing.close();
        Conversation late = Conversation.start(ConversationId.random(), new BotId("hello"), "late", T0);
        assertThrows(IllegalStateException.class, () -> closing.conversations().saveTurn(late, List.of()));
    }

    private static List<Boolean> allSaved() { return java.util.Collections.nCopies(TURNS, true); }

    private interface Turn { void run(int i); }

    /** Runs the turns at one moment; whether each was saved, failing on errors other than a lost version check. */
    private static List<Boolean> together(Turn turn) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(TURNS)) {
            for (int i = 0; i < TURNS; i++) {
                int index = i;
                outcomes.add(threads.submit(() -> {
                    go.await();
                    try {
                        turn.run(index);
                        return true;
                    } catch (ConcurrentTurnException lost) {
                        return false;
                    }
                }));
            }
            go.countDown();
        }
        List<Boolean> saved = new ArrayList<>();
        for (Future<Boolean> outcome : outcomes) saved.add(outcome.get());
        return saved;
    }
}
