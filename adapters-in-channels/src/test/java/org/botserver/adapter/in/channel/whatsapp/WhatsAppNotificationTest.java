package org.botserver.adapter.in.channel.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.DeliveryStatus;
import org.botserver.domain.channel.InboundMessage;
import org.botserver.domain.channel.MediaKind;
import org.junit.jupiter.api.Test;

/** Each documented kind of Cloud API message becomes the channel-neutral message the dialog hears. */
class WhatsAppNotificationTest {

    private static WhatsAppNotification.Notification read(String body) {
        return WhatsAppNotification.read(Json.createReader(new StringReader(body)).readObject(), new BotId("hello"));
    }

    private static InboundMessage message(String body) {
        return read(body).updates().getFirst().message();
    }

    @Test
    void a_text_comes_from_the_sender_with_its_message_id() {
        var update = read(WhatsAppPayloads.text("wamid.T", "hello there")).updates().getFirst();

        assertEquals(new InboundMessage.Text("hello there"), update.message());
        assertEquals("wamid.T", update.deliveryId());
        assertEquals(WhatsAppPayloads.FROM, update.from().userId());
        assertEquals(Channel.WHATSAPP, update.from().channel());
    }

    @Test
    void reply_buttons_and_list_rows_are_choice_replies() {
        assertEquals(new InboundMessage.ChoiceReply("pro", "Pro plan"), message(WhatsAppPayloads.buttonReply("w", "pro", "Pro plan")));
        assertEquals(new InboundMessage.ChoiceReply("row-7", "Seventh"), message(WhatsAppPayloads.listReply("w", "row-7", "Seventh")));
    }

    @Test
    void an_image_is_a_media_reference_with_its_caption() {
        assertEquals(new InboundMessage.MediaReference(Channel.WHATSAPP, MediaKind.IMAGE, "1479537139650973",
                        Optional.of("image/jpeg"), Optional.of("my receipt")),
                message(WhatsAppPayloads.image("w", "1479537139650973", "my receipt")));
    }

    @Test
    void a_location_and_a_contact_are_read() {
        assertEquals(new InboundMessage.SharedLocation(37.483307, -122.148981, Optional.of("Meta Headquarters")),
                message(WhatsAppPayloads.location("w")));
        assertEquals(new InboundMessage.SharedContact("Barbara J. Johnson", Optional.of("+1 (940) 555-1234")),
                message(WhatsAppPayloads.contact("w")));
    }

    @Test
    void statuses_of_sent_messages_are_read_with_their_time() {
        var notification = read(WhatsAppPayloads.status("wamid.OUT", "delivered", 1750263773));

        assertEquals(0, notification.updates().size());
        assertEquals(new DeliveryStatus(Channel.WHATSAPP, "wamid.OUT", WhatsAppPayloads.FROM, "delivered",
                Instant.ofEpochSecond(1750263773)), notification.statuses().getFirst());
    }
}
