package org.botserver.adapter.in.channel.telegram;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import org.botserver.domain.channel.OutboundMessage;
import org.botserver.domain.conversation.Suggestion;

/** The Bot API method and JSON body for a message: sendMessage (choices as an inline keyboard) or send a file. */
final class TelegramMessages {

    /** A Bot API call: its method name and its JSON parameters. */
    record Call(String method, JsonObject body) {
    }

    /** Telegram's limit on callback_data; a longer value is answered by its label as typed text. */
    static final int MAX_CALLBACK_BYTES = 64;

    private TelegramMessages() {
    }

    static Call of(String chatId, OutboundMessage message) {
        return switch (message) {
            case OutboundMessage.Text text -> new Call("sendMessage", textBody(chatId, text.text()).build());
            case OutboundMessage.Choices choices -> new Call("sendMessage", textBody(chatId, choices.text())
                    .add("reply_markup", keyboard(choices)).build());
            case OutboundMessage.Media media -> switch (media.kind()) {
                case IMAGE -> file(chatId, "sendPhoto", "photo", media);
                case AUDIO -> file(chatId, "sendAudio", "audio", media);
                case VIDEO -> file(chatId, "sendVideo", "video", media);
                case DOCUMENT -> file(chatId, "sendDocument", "document", media);
            };
        };
    }

    private static JsonObjectBuilder textBody(String chatId, String text) {
        return Json.createObjectBuilder().add("chat_id", chatId).add("text", TelegramHtml.of(text)).add("parse_mode", "HTML");
    }

    /** One key per row, as long labels stay readable on a phone. */
    private static JsonObject keyboard(OutboundMessage.Choices choices) {
        boolean fits = choices.options().stream()
                .allMatch(o -> o.value().getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Suggestion option : choices.options()) {
            JsonObjectBuilder key = Json.createObjectBuilder().add("text", option.label());
            if (fits) key.add("callback_data", option.value());
            rows.add(Json.createArrayBuilder().add(key));
        }
        // Without room for the values, a reply keyboard sends the pressed label as an ordinary message.
        return fits ? Json.createObjectBuilder().add("inline_keyboard", rows).build()
                : Json.createObjectBuilder().add("keyboard", rows).add("one_time_keyboard", true)
                        .add("resize_keyboard", true).build();
    }

    private static Call file(String chatId, String method, String field, OutboundMessage.Media media) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("chat_id", chatId).add(field, media.url());
        if (!media.caption().isEmpty()) body.add("caption", TelegramHtml.of(media.caption())).add("parse_mode", "HTML");
        return new Call(method, body.build());
    }
}
