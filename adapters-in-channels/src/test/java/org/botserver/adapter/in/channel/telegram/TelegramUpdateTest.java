package org.botserver.adapter.in.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.InboundMessage;
import org.botserver.domain.channel.MediaKind;
import org.junit.jupiter.api.Test;

/** Each documented kind of Telegram update becomes the channel-neutral message the dialog hears. */
class TelegramUpdateTest {

    private static TelegramUpdate read(String body) {
        return TelegramUpdate.read(Json.createReader(new StringReader(body)).readObject(), new BotId("hello"));
    }

    @Test
    void a_text_comes_from_the_chat_with_the_update_id_as_delivery_id() {
        var update = read(TelegramPayloads.text(77, "hello")).update().orElseThrow();

        assertEquals(new InboundMessage.Text("hello"), update.message());
        assertEquals("77", update.deliveryId());
        assertEquals(String.valueOf(TelegramPayloads.CHAT), update.from().userId());
        assertEquals(Channel.TELEGRAM, update.from().channel());
    }

    @Test
    void a_key_press_is_a_choice_reply_to_acknowledge() {
        TelegramUpdate press = read(TelegramPayloads.press(78, "Pro"));

        assertEquals(new InboundMessage.ChoiceReply("Pro", "Pro"), press.update().orElseThrow().message());
        assertEquals(Optional.of("4382bfdwdsb323b2d9"), press.callbackQueryId());
    }

    @Test
    void a_photo_is_its_largest_size_with_the_caption() {
        assertEquals(new InboundMessage.MediaReference(Channel.TELEGRAM, MediaKind.IMAGE, "AgAD-large",
                Optional.of("image/jpeg"), Optional.of("my cat")), read(TelegramPayloads.photo(79)).update().orElseThrow().message());
    }

    @Test
    void a_location_and_a_contact_are_read() {
        assertEquals(new InboundMessage.SharedLocation(-23.5505, -46.6333, Optional.empty()),
                read(TelegramPayloads.location(80)).update().orElseThrow().message());
        assertEquals(new InboundMessage.SharedContact("Bruno Lima", Optional.of("+5511999990000")),
                read(TelegramPayloads.contact(81)).update().orElseThrow().message());
    }

    @Test
    void an_update_of_another_kind_carries_nothing_to_answer() {
        assertEquals(Optional.empty(), read("{\"update_id\":82,\"edited_message\":{}}").update());
    }
}
