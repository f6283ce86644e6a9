package org.botserver.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.InboundMessage.ChoiceReply;
import org.botserver.domain.channel.InboundMessage.Text;
import org.botserver.domain.channel.OutboundMessage.Choices;
import org.botserver.domain.conversation.Suggestion;
import org.junit.jupiter.api.Test;

/** A HEAR menu goes out as choices to press, and a press answers it. */
class MenuOnAChannelTest {

    private final ChannelFixture channel = new ChannelFixture("plans", ChannelFixture.MENU);
    private final ChannelAddress user = ChannelFixture.user("plans", Channel.TELEGRAM, "42");

    @Test
    void the_menu_is_sent_as_choices_under_its_question() {
        channel.receive(user, new Text("/start"));
        channel.runQueuedWork();

        assertEquals(List.of(new Choices("Which plan?", List.of(new Suggestion("Free", "Free"), new Suggestion("Pro", "Pro")))),
                channel.sent.getFirst().messages());
    }

    @Test
    void a_button_press_answers_the_menu() {
        channel.receive(user, new Text("/start"));
        channel.receive(user, new ChoiceReply("Pro", "Pro"));
        channel.runQueuedWork();

        assertEquals("You chose Pro", channel.sentTexts().getLast());
    }

    @Test
    void a_typed_answer_outside_the_menu_gets_the_choices_again() {
        channel.receive(user, new Text("/start"));
        channel.receive(user, new Text("Platinum"));
        channel.runQueuedWork();

        assertEquals(Choices.class, channel.sent.getLast().messages().getLast().getClass());
    }
}
