package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.botserver.adapter.out.persistence.redis.RedisCache;
import org.botserver.adapter.out.persistence.redis.RedisServerForTests;
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
 * Two servers on one database and one real Redis, as behind a load balancer without sticky sessions: each turn
 * finds the copy the other server just saved in {@code session:{id}}, so no turn starts from a stale copy.
 */
class SharedSessionsAcrossServersTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static RedisServerForTests redisServer;
    private static RedisCache redis;
    private static TwoServersOneDatabase servers;

    @BeforeAll
    static void startTwoServersSharingRedis() {
        redisServer = new RedisServerForTests();
        redis = RedisCache.connect(redisServer.url());
        servers = TwoServersOneDatabase.sharingSessions(SharedSessionsAcrossServersTest.class, 2, redis.store());
    }

    @AfterAll
    static void stopEverything() {
        if (servers != null) servers.close();
        if (redis != null) redis.close();
        if (redisServer != null) redisServer.close();
    }

    @Test
    void turns_alternating_between_servers_each_start_from_the_current_copy() {
        ConversationStore a = servers.first().conversations();
        ConversationStore b = servers.second().conversations();
        Conversation started = Conversation.start(ConversationId.random(), new BotId("hello"), "roamer", T0);
        a.saveTurn(started, List.of());

        for (int turn = 1; turn <= 6; turn++) {
            ConversationStore here = turn % 2 == 1 ? b : a;
            Conversation current = here.find(started.id()).orElseThrow();
            here.saveTurn(current.afterTurn(ConversationStatus.AWAITING_INPUT, new byte[] {(byte) turn},
                    T0.plusSeconds(turn)), List.of(Message.fromUser(started.id(), "turn " + turn, T0.plusSeconds(turn))));
        }

        Conversation last = a.find(started.id()).orElseThrow();
        assertEquals(7, last.version());
        assertEquals(6, last.dialogState()[0]);
        assertEquals(List.of("turn 1", "turn 2", "turn 3", "turn 4", "turn 5", "turn 6"),
                b.history(started.id(), 10, Optional.empty()).messages().stream().map(Message::content).toList());
    }

    @Test
    void the_copy_every_server_reads_is_kept_under_the_session_key() {
        Conversation started = Conversation.start(ConversationId.random(), new BotId("hello"), "keeper", T0);
        servers.first().conversations().saveTurn(started, List.of());

        String copy = redis.store().get(SharedConversationCache.key(started.id())).orElseThrow();
        Conversation kept = ConversationCodec.decode(copy).orElseThrow();
        assertEquals(started.id(), kept.id());
        assertEquals("keeper", kept.userId());
        assertEquals(1, kept.version());
    }

    @Test
    void while_redis_is_away_turns_read_the_database_and_still_land() throws InterruptedException {
        ConversationStore a = servers.first().conversations();
        ConversationStore b = servers.second().conversations();
        Conversation started = Conversation.start(ConversationId.random(), new BotId("hello"), "patient", T0);
        a.saveTurn(started, List.of());
        redisServer.stop();
        try {
            b.saveTurn(b.find(started.id()).orElseThrow().afterTurn(ConversationStatus.AWAITING_INPUT, new byte[] {1},
                    T0.plusSeconds(1)), List.of());
            a.saveTurn(a.find(started.id()).orElseThrow().afterTurn(ConversationStatus.AWAITING_INPUT, new byte[] {2},
                    T0.plusSeconds(2)), List.of());
            assertEquals(3, b.find(started.id()).orElseThrow().version());
        } finally {
            redisServer.start();
        }
        assertTrue(reconnected(), "no reconnection to Redis within 20 s");

        a.saveTurn(a.find(started.id()).orElseThrow().afterTurn(ConversationStatus.ENDED, new byte[] {3},
                T0.plusSeconds(3)), List.of());
        String copy = redis.store().get(SharedConversationCache.key(started.id())).orElseThrow();
        assertEquals(4, ConversationCodec.decode(copy).orElseThrow().version());
    }

    private static boolean reconnected() throws InterruptedException {
        for (int i = 0; i < 200 && !redis.isReady(); i++) Thread.sleep(100);
        return redis.isReady();
    }
}
