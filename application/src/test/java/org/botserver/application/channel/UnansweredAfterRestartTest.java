package org.botserver.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.botserver.application.bot.TestBots;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.InboundMessage.Text;
import org.junit.jupiter.api.Test;

/**
 * A webhook acknowledged to the provider but not answered because the server died is answered after the restart,
 * once, and in the order the user sent it.
 */
class UnansweredAfterRestartTest {

    private final ChannelFixture channel = new ChannelFixture("hello", TestBots.HELLO);
    private final ChannelAddress ana = ChannelFixture.user("hello", Channel.WHATSAPP, "5511");

    @Test
    void a_message_taken_by_a_server_that_died_is_answered_after_the_restart() {
        channel.receive(ana, "wamid.1", new Text("hi"));
        channel.serverRestarts();
        channel.clock.advance(ChannelFixture.STALE.plusSeconds(1));

        assertEquals(1, channel.replay());
        channel.runQueuedWork();

        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?"), channel.sentTexts());
    }

    @Test
    void an_answered_message_is_never_replayed() {
        channel.receive(ana, "wamid.1", new Text("hi"));
        channel.runQueuedWork();
        channel.serverRestarts();
        channel.clock.advance(ChannelFixture.STALE.plusSeconds(1));

        assertEquals(0, channel.replay());
        channel.runQueuedWork();
        assertEquals(1, channel.sent.size());
    }

    @Test
    void a_replayed_message_is_answered_once_and_its_retry_is_still_a_duplicate() {
        channel.receive(ana, "wamid.1", new Text("hi"));
        channel.serverRestarts();
        channel.clock.advance(ChannelFixture.STALE.plusSeconds(1));
        channel.replay();
        channel.runQueuedWork();
        channel.clock.advance(ChannelFixture.STALE.plusSeconds(1));

        assertEquals(0, channel.replay());
        assertEquals(Receipt.DUPLICATE, channel.receive(ana, "wamid.1", new Text("hi")));
        channel.runQueuedWork();
        assertEquals(1, channel.sent.size());
    }

    @Test
    void unanswered_messages_are_replayed_in_the_order_the_user_sent_them() {
        channel.receive(ana, "wamid.1", new Text("hi"));
        channel.clock.advance(Duration.ofSeconds(1));
        channel.receive(ana, "wamid.2", new Text("Ana"));
        channel.serverRestarts();
        channel.clock.advance(ChannelFixture.STALE.plusSeconds(1));

        assertEquals(2, channel.replay());
        channel.runQueuedWork();

        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?", "Nice to meet you, Ana!"),
                channel.sentTexts());
    }

    @Test
    void a_message_still_queued_on_this_server_is_not_queued_twice() {
        channel.receive(ana, "wamid.1", new Text("hi"));
        channel.clock.advance(ChannelFixture.STALE.plusSeconds(1));

        assertEquals(0, channel.replay());
        channel.runQueuedWork();
        assertEquals(1, channel.sent.size());
    }

    @Test
    void a_message_whose_replies_the_provider_refused_is_not_replayed_into_the_dialog_again() {
        channel.completeSendsAtOnce = false;
        channel.receive(ana, "wamid.1", new Text("hi"));
        channel.runQueuedWork();
        channel.sent.getFirst().delivery().completeExceptionally(new IllegalStateException("provider down"));
        channel.serverRestarts();
        channel.clock.advance(ChannelFixture.STALE.plusSeconds(1));

        assertEquals(0, channel.replay());
    }

    @Test
    void a_message_that_keeps_killing_the_server_is_given_up() {
        channel.receive(ana, "wamid.1", new Text("hi"));
        for (int restart = 1; restart < ReplayUnansweredMessagesService.MAX_CLAIMS; restart++) {
            channel.serverRestarts();
            channel.clock.advance(ChannelFixture.STALE.plusSeconds(1));
            assertEquals(1, channel.replay());
        }
        channel.serverRestarts();
        channel.clock.advance(ChannelFixture.STALE.plusSeconds(1));

        assertEquals(0, channel.replay());
    }
}
