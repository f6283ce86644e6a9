package org.botserver.domain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.OutboundMessage.Choices;
import org.botserver.domain.channel.OutboundMessage.Text;
import org.botserver.domain.conversation.Suggestion;
import org.junit.jupiter.api.Test;

/** A turn's replies become channel messages in order, with the menu under the question it answers. */
class TurnRepliesOnAChannelTest {

    private static final List<Suggestion> MENU = List.of(new Suggestion("Free", "Free"), new Suggestion("Pro", "Pro"));

    @Test
    void plain_replies_are_sent_as_texts_in_order() {
        assertEquals(List.of(new Text("Hello!"), new Text("What is your name?")),
                OutboundMessage.forTurn(List.of("Hello!", "What is your name?"), List.of()));
    }

    @Test
    void the_choices_ride_on_the_last_reply() {
        assertEquals(List.of(new Text("Welcome."), new Choices("Which plan?", MENU)),
                OutboundMessage.forTurn(List.of("Welcome.", "Which plan?"), MENU));
    }

    @Test
    void choices_without_any_reply_get_a_default_prompt() {
        assertEquals(List.of(new Choices(OutboundMessage.DEFAULT_PROMPT, MENU)), OutboundMessage.forTurn(List.of(), MENU));
    }

    @Test
    void a_button_press_is_heard_as_the_choice_value_not_its_label() {
        assertEquals("pro", new InboundMessage.ChoiceReply("pro", "Pro plan").answer());
    }

    @Test
    void media_is_heard_as_its_caption_or_else_as_a_reference() {
        var photo = new InboundMessage.MediaReference(Channel.TELEGRAM, MediaKind.IMAGE, "AgAD", Optional.empty(),
                Optional.empty());

        assertEquals("telegram-image:AgAD", photo.answer());
        assertEquals("my cat", new InboundMessage.MediaReference(Channel.WHATSAPP, MediaKind.IMAGE, "1", Optional.empty(),
                Optional.of("my cat")).answer());
    }

    @Test
    void a_location_is_heard_as_latitude_and_longitude() {
        assertEquals("-23.55,-46.63", new InboundMessage.SharedLocation(-23.55, -46.63, Optional.empty()).answer());
    }

    @Test
    void the_conversation_user_id_names_the_channel_so_two_channels_never_share_one() {
        assertEquals("telegram:42", new ChannelAddress(new BotId("hello"), Channel.TELEGRAM, "42").conversationUserId());
        assertThrows(IllegalArgumentException.class, () -> new ChannelAddress(new BotId("hello"), Channel.WHATSAPP, " "));
    }
}
