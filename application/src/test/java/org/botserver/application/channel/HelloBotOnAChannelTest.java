package org.botserver.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.botserver.application.bot.TestBots;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.InboundMessage.Text;
import org.junit.jupiter.api.Test;

/** The hello bot's dialog, unchanged, on a channel: the first message starts it, the next one answers HEAR. */
class HelloBotOnAChannelTest {

    private final ChannelFixture channel = new ChannelFixture("hello", TestBots.HELLO);
    private final ChannelAddress ana = ChannelFixture.user("hello", Channel.WHATSAPP, "5511999990000");

    @Test
    void the_first_message_starts_the_dialog_and_its_greeting_is_sent_back() {
        assertEquals(Receipt.ACCEPTED, channel.receive(ana, new Text("hi")));
        channel.runQueuedWork();

        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?"), channel.sentTexts());
        assertEquals(ana, channel.sent.getFirst().to());
    }

    @Test
    void the_next_message_answers_the_hear_and_the_reply_goes_to_the_same_user() {
        channel.receive(ana, new Text("hi"));
        channel.receive(ana, new Text("Ana"));
        channel.runQueuedWork();

        assertEquals("Nice to meet you, Ana!", channel.sentTexts().getLast());
        assertEquals(2, channel.sent.size());
    }

    @Test
    void nothing_is_processed_before_the_background_work_runs() {
        channel.receive(ana, new Text("hi"));

        assertEquals(List.of(), channel.sentTexts());
    }

    @Test
    void after_the_dialog_ended_the_next_message_starts_a_new_conversation() {
        channel.receive(ana, new Text("hi"));
        channel.receive(ana, new Text("Ana"));
        channel.runQueuedWork();
        var first = channel.channels.conversationOf(ana).orElseThrow();

        channel.receive(ana, new Text("hello again"));
        channel.runQueuedWork();

        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?"),
                channel.sentTexts().subList(3, 5));
        assertNotEquals(first, channel.channels.conversationOf(ana).orElseThrow());
    }

    @Test
    void the_conversation_belongs_to_the_channel_user() {
        channel.receive(ana, new Text("hi"));
        channel.runQueuedWork();

        var conversation = channel.conversations.find(channel.channels.conversationOf(ana).orElseThrow()).orElseThrow();
        assertEquals("whatsapp:5511999990000", conversation.userId());
    }

    @Test
    void a_delivery_the_provider_retries_is_answered_once() {
        assertEquals(Receipt.ACCEPTED, channel.receive(ana, "wamid.A", new Text("hi")));
        assertEquals(Receipt.DUPLICATE, channel.receive(ana, "wamid.A", new Text("hi")));
        channel.runQueuedWork();

        assertEquals(1, channel.sent.size());
    }

    @Test
    void two_users_of_one_channel_have_two_conversations() {
        ChannelAddress bruno = ChannelFixture.user("hello", Channel.WHATSAPP, "5511888880000");
        channel.receive(ana, new Text("hi"));
        channel.receive(bruno, new Text("hi"));
        channel.receive(ana, new Text("Ana"));
        channel.receive(bruno, new Text("Bruno"));
        channel.runQueuedWork();

        assertEquals(List.of("Nice to meet you, Ana!"), channel.sent.get(2).messages().stream().map(ChannelFixture::text).toList());
        assertEquals(List.of("Nice to meet you, Bruno!"), channel.sent.get(3).messages().stream().map(ChannelFixture::text).toList());
    }
}
