package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

/**
 * Two servers on one database, each keeping the conversations it saved in memory: a turn one of them runs on a
 * copy the other has moved on since is refused, stores nothing, and the next attempt sees the stored conversation.
 */
class TwoNodesOneDatabaseTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static TwoServersOneDatabase servers;
    private static PostgresPersistence nodeA;
    private static PostgresPersistence nodeB;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        servers = TwoServersOneDatabase.start(TwoNodesOneDatabaseTest.class, 2);
        nodeA = servers.first();
        nodeB = servers.second();
    }

    @AfterAll
    static void stopEverything() {
        if (servers != null) servers.close();
    }

    @Test
    void a_turn_on_a_copy_another_node_moved_on_is_refused_and_the_next_read_is_current() {
        ConversationStore a = nodeA.conversations();
        ConversationStore b = nodeB.conversations();
        Conversation started = Conversation.start(ConversationId.random(), new BotId("hello"), "roamer", T0);
        a.saveTurn(started, List.of());
        Conversation onA = a.find(started.id()).orElseThrow();
        b.saveTurn(b.find(started.id()).orElseThrow()
                        .afterTurn(ConversationStatus.AWAITING_INPUT, new byte[] {2}, T0.plusSeconds(2)),
                List.of(Message.fromUser(started.id(), "via B", T0.plusSeconds(2))));

        assertThrows(ConcurrentTurnException.class, () -> a.saveTurn(
                onA.afterTurn(ConversationStatus.AWAITING_INPUT, new byte[] {1}, T0.plusSeconds(3)),
                List.of(Message.fromUser(started.id(), "via A on a stale copy", T0.plusSeconds(3)))));

        Conversation current = a.find(started.id()).orElseThrow();
        assertEquals(2, current.version());
        assertArrayEquals(new byte[] {2}, current.dialogState());
        assertEquals(List.of("via B"), a.history(started.id(), 10, Optional.empty()).messages().stream()
                .map(Message::content).toList());
    }

    @Test
    void a_node_reads_a_conversation_another_node_started() {
        Conversation started = Conversation.start(ConversationId.random(), new BotId("hello"), "newcomer", T0);
        nodeB.conversations().saveTurn(started, List.of(Message.fromBot(started.id(), "hi", T0)));

        assertEquals("newcomer", nodeA.conversations().find(started.id()).orElseThrow().userId());
    }
}
