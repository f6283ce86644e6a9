package org.botserver.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.botserver.application.bot.TestBots;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.InboundMessage.Text;
import org.junit.jupiter.api.Test;

/** A user's messages are handled one after another, each after the previous replies were delivered. */
class ChannelOrderTest {

    private final ChannelFixture channel = new ChannelFixture("hello", TestBots.HELLO);
    private final ChannelAddress ana = ChannelFixture.user("hello", Channel.TELEGRAM, "1");
    private final ChannelAddress bruno = ChannelFixture.user("hello", Channel.TELEGRAM, "2");

    @Test
    void the_next_message_waits_until_the_replies_to_the_previous_one_are_delivered() {
        channel.completeSendsAtOnce = false;
        channel.receive(ana, new Text("hi"));
        channel.receive(ana, new Text("Ana"));
        channel.runQueuedWork();
        assertEquals(1, channel.sent.size());

        channel.sent.getFirst().delivery().complete(null);
        channel.runQueuedWork();

        assertEquals("Nice to meet you, Ana!", channel.sentTexts().getLast());
    }

    @Test
    void a_slow_delivery_to_one_user_does_not_hold_up_another() {
        channel.completeSendsAtOnce = false;
        channel.receive(ana, new Text("hi"));
        channel.receive(bruno, new Text("hi"));
        channel.runQueuedWork();

        assertEquals(List.of(ana, bruno), channel.sent.stream().map(ChannelFixture.Sent::to).toList());
    }

    @Test
    void a_failed_delivery_does_not_stop_the_users_next_message() {
        channel.completeSendsAtOnce = false;
        channel.receive(ana, new Text("hi"));
        channel.receive(ana, new Text("Ana"));
        channel.runQueuedWork();

        channel.sent.getFirst().delivery().completeExceptionally(new IllegalStateException("provider down"));
        channel.runQueuedWork();

        assertEquals(2, channel.sent.size());
    }
}
