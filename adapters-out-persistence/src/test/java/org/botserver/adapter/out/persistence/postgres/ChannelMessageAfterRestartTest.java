package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.TestBots;
import org.botserver.application.channel.ChannelSender;
import org.botserver.application.channel.Receipt;
import org.botserver.application.channel.ReceiveChannelMessageService;
import org.botserver.application.channel.ReplayUnansweredMessagesService;
import org.botserver.application.conversation.ReadConversationService;
import org.botserver.application.conversation.SendMessageService;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.application.mail.MovableClock;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.InboundMessage;
import org.botserver.domain.channel.OutboundMessage;
import org.botserver.domain.conversation.Capabilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A webhook acknowledged by a server that died before answering it is answered by the next server on the same
 * database, exactly once, and the provider's retry of it is still a duplicate.
 */
class ChannelMessageAfterRestartTest {

    private static final Duration STALE = Duration.ofMinutes(2);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final LoadedBots bots = TestBots.catalog(TestBots.bot("hello", TestBots.HELLO));
    private final ChannelAddress ana = new ChannelAddress(new BotId("hello"), Channel.WHATSAPP, "5511999");
    private final ChannelUpdate hi = new ChannelUpdate(ana, "wamid.HBgL1", new InboundMessage.Text("hi"));
    private final List<List<OutboundMessage>> sent = new ArrayList<>();
    private final ChannelSender sender = (to, messages) -> {
        sent.add(messages);
        return CompletableFuture.completedFuture(null);
    };
    private Path dataDir;

    @BeforeEach
    void freshDataDirectory() {
        dataDir = TestDataDirectory.fresh(ChannelMessageAfterRestartTest.class);
    }

    @AfterEach
    void removeDataDirectory() {
        TestDataDirectory.delete(dataDir);
    }

    private PostgresPersistence start() {
        return PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 2));
    }

    private ReceiveChannelMessageService receiver(PostgresPersistence persistence, Executor executor) {
        return new ReceiveChannelMessageService(persistence.channels(),
                new StartConversationService(persistence.conversations(), bots, clock, Limits.defaults(), Capabilities.none()),
                new SendMessageService(persistence.conversations(), bots, clock, Limits.defaults(), Capabilities.none()),
                new ReadConversationService(persistence.conversations()), sender, executor, clock);
    }

    @Test
    void the_next_server_answers_what_the_dead_one_acknowledged_exactly_once() {
        try (PostgresPersistence dying = start()) {
            // Its workers never get to the message: the server dies right after the 200.
            assertEquals(Receipt.ACCEPTED, receiver(dying, work -> { }).receive(hi));
        }

        try (PostgresPersistence next = start()) {
            ReceiveChannelMessageService receiver = receiver(next, Runnable::run);
            var replay = new ReplayUnansweredMessagesService(next.channels(), receiver, STALE, clock);
            assertEquals(0, replay.replay(), "the claim is fresh: another living server may be answering it");

            clock.advance(STALE.plusSeconds(1));
            assertEquals(1, replay.replay());
            clock.advance(STALE.plusSeconds(1));
            assertEquals(0, replay.replay(), "an answered message is not replayed again");
            assertEquals(Receipt.DUPLICATE, receiver.receive(hi), "the provider's retry is still a duplicate");
        }

        assertEquals(List.of(List.of("Hello! I am the hello bot.", "What is your name?")),
                sent.stream().map(batch -> batch.stream().map(ChannelMessageAfterRestartTest::text).toList()).toList());
    }

    private static String text(OutboundMessage message) {
        return switch (message) {
            case OutboundMessage.Text t -> t.text();
            case OutboundMessage.Choices c -> c.text();
            case OutboundMessage.Media m -> m.url();
        };
    }
}
