package org.botserver.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.botserver.application.bot.TestBots;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.InboundMessage.ChoiceReply;
import org.botserver.domain.channel.InboundMessage.Text;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.Sender;
import org.junit.jupiter.api.Test;

/** On a channel the user writes first: that message opens the conversation and is kept in its history. */
class OpeningMessageInHistoryTest {

    private final ChannelFixture channel = new ChannelFixture("hello", TestBots.HELLO);
    private final ChannelAddress ana = ChannelFixture.user("hello", Channel.WHATSAPP, "5511999990000");

    @Test
    void the_message_that_starts_the_conversation_comes_first_in_its_history() {
        channel.receive(ana, new Text("hi"));
        channel.runQueuedWork();

        assertEquals(List.of("USER: hi", "BOT: Hello! I am the hello bot.", "BOT: What is your name?"), history());
    }

    @Test
    void the_whole_exchange_is_in_the_history_in_order() {
        channel.receive(ana, new Text("hi"));
        channel.receive(ana, new Text("Ana"));
        channel.runQueuedWork();

        assertEquals(List.of("USER: hi", "BOT: Hello! I am the hello bot.", "BOT: What is your name?",
                "USER: Ana", "BOT: Nice to meet you, Ana!"), history());
    }

    @Test
    void the_opening_message_does_not_answer_the_first_hear() {
        channel.receive(ana, new Text("Ana"));
        channel.runQueuedWork();

        assertEquals("What is your name?", channel.sentTexts().getLast());
    }

    @Test
    void a_button_press_that_reopens_an_ended_conversation_is_kept_as_its_value() {
        channel.receive(ana, new Text("hi"));
        channel.receive(ana, new Text("Ana"));
        channel.receive(ana, new ChoiceReply("again", "Start again"));
        channel.runQueuedWork();

        assertEquals("USER: again", history().getFirst());
    }

    @Test
    void an_opening_message_is_held_to_the_same_size_limit_as_any_message() {
        BotId hello = new BotId("hello");
        String tooLong = "x".repeat(SendMessageCommand.MAX_CONTENT_BYTES + 1);

        assertThrows(InvalidCommandException.class, () -> StartConversationCommand.openedBy(hello, "u", tooLong));
    }

    private List<String> history() {
        var conversation = channel.channels.conversationOf(ana).orElseThrow();
        return channel.conversations.allMessages(conversation).stream().map(OpeningMessageInHistoryTest::line).toList();
    }

    private static String line(Message message) {
        return (message.sender() == Sender.USER ? "USER: " : "BOT: ") + message.content();
    }
}
