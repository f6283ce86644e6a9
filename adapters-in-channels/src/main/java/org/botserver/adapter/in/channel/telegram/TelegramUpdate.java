package org.botserver.adapter.in.channel.telegram;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.InboundMessage;
import org.botserver.domain.channel.MediaKind;

/**
 * Reads a Telegram {@code Update}: a {@code message} (text, photo, document, voice, location, contact) or a
 * {@code callback_query} (an inline keyboard press, which Telegram wants answered). The chat id is the
 * channel user id, since that is where replies go.
 */
record TelegramUpdate(Optional<ChannelUpdate> update, Optional<String> callbackQueryId) {

    static TelegramUpdate read(JsonObject root, BotId bot) {
        String updateId = root.get("update_id") instanceof JsonNumber n ? n.toString() : "";
        if (root.get("callback_query") instanceof JsonObject query) {
            Optional<String> chat = chatId(query.get("message") instanceof JsonObject m ? m : null);
            Optional<ChannelUpdate> press = chat.flatMap(c -> string(query, "data").filter(d -> !d.isEmpty())
                    .map(data -> new ChannelUpdate(new ChannelAddress(bot, Channel.TELEGRAM, c), updateId,
                            new InboundMessage.ChoiceReply(data, data))));
            return new TelegramUpdate(press, string(query, "id"));
        }
        if (!(root.get("message") instanceof JsonObject message) || updateId.isEmpty()) {
            return new TelegramUpdate(Optional.empty(), Optional.empty());
        }
        Optional<ChannelUpdate> update = chatId(message).flatMap(chat -> content(message)
                .map(content -> new ChannelUpdate(new ChannelAddress(bot, Channel.TELEGRAM, chat), updateId, content)));
        return new TelegramUpdate(update, Optional.empty());
    }

    private static Optional<InboundMessage> content(JsonObject message) {
        Optional<String> caption = string(message, "caption");
        if (message.get("text") instanceof JsonString text && !text.getString().isEmpty()) {
            return Optional.of(new InboundMessage.Text(text.getString()));
        }
        // Telegram sends each photo in several sizes; the last is the largest.
        if (message.get("photo") instanceof JsonArray sizes && !sizes.isEmpty()
                && sizes.get(sizes.size() - 1) instanceof JsonObject largest) {
            return file(largest, MediaKind.IMAGE, Optional.of("image/jpeg"), caption);
        }
        if (message.get("document") instanceof JsonObject document) {
            return file(document, MediaKind.DOCUMENT, string(document, "mime_type"), caption);
        }
        if (message.get("voice") instanceof JsonObject voice) {
            return file(voice, MediaKind.AUDIO, string(voice, "mime_type"), caption);
        }
        if (message.get("location") instanceof JsonObject location && location.get("latitude") instanceof JsonNumber lat
                && location.get("longitude") instanceof JsonNumber lon) {
            return Optional.of(new InboundMessage.SharedLocation(lat.doubleValue(), lon.doubleValue(), Optional.empty()));
        }
        if (message.get("contact") instanceof JsonObject contact) {
            String name = (string(contact, "first_name").orElse("") + " " + string(contact, "last_name").orElse("")).strip();
            return Optional.of(new InboundMessage.SharedContact(name, string(contact, "phone_number")));
        }
        return Optional.empty();
    }

    private static Optional<InboundMessage> file(JsonObject file, MediaKind kind, Optional<String> mime,
                                                 Optional<String> caption) {
        return string(file, "file_id").filter(id -> !id.isBlank())
                .map(id -> new InboundMessage.MediaReference(Channel.TELEGRAM, kind, id, mime, caption));
    }

    private static Optional<String> chatId(JsonObject message) {
        if (message == null || !(message.get("chat") instanceof JsonObject chat)) return Optional.empty();
        JsonValue id = chat.get("id");
        return id instanceof JsonNumber number ? Optional.of(number.toString()) : Optional.empty();
    }

    private static Optional<String> string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }
}
