package org.botserver.adapter.in.channel.whatsapp;

import static org.botserver.adapter.in.channel.whatsapp.WhatsAppNotification.objects;
import static org.botserver.adapter.in.channel.whatsapp.WhatsAppNotification.text;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.InboundMessage;
import org.botserver.domain.channel.MediaKind;

/** One entry of a notification's {@code messages}, by its {@code type}, as a channel-neutral message. */
final class WhatsAppInbound {

    private WhatsAppInbound() {
    }

    static Optional<InboundMessage> of(JsonObject message) {
        String type = message.getString("type", "");
        return switch (type) {
            case "text" -> text(message.getJsonObject("text"), "body").filter(b -> !b.isEmpty()).map(InboundMessage.Text::new);
            case "interactive" -> interactive(message.getJsonObject("interactive"));
            // A quick-reply button of a template message.
            case "button" -> Optional.ofNullable(message.getJsonObject("button")).flatMap(b -> text(b, "payload")
                    .or(() -> text(b, "text")).map(payload -> new InboundMessage.ChoiceReply(payload,
                            b.getString("text", payload))));
            case "image" -> media(message, type, MediaKind.IMAGE);
            case "document" -> media(message, type, MediaKind.DOCUMENT);
            case "audio" -> media(message, type, MediaKind.AUDIO);
            case "video" -> media(message, type, MediaKind.VIDEO);
            case "location" -> location(message.getJsonObject("location"));
            case "contacts" -> objects(message, "contacts").stream().findFirst().flatMap(WhatsAppInbound::contact);
            default -> Optional.empty();
        };
    }

    private static Optional<InboundMessage> interactive(JsonObject interactive) {
        if (interactive == null) return Optional.empty();
        JsonObject reply = interactive.getJsonObject(interactive.getString("type", ""));
        return text(reply, "id").filter(id -> !id.isEmpty())
                .map(id -> new InboundMessage.ChoiceReply(id, reply.getString("title", id)));
    }

    private static Optional<InboundMessage> media(JsonObject message, String type, MediaKind kind) {
        JsonObject media = message.getJsonObject(type);
        return text(media, "id").filter(id -> !id.isBlank()).map(id -> new InboundMessage.MediaReference(
                Channel.WHATSAPP, kind, id, text(media, "mime_type"), text(media, "caption")));
    }

    private static Optional<InboundMessage> location(JsonObject location) {
        if (location == null || !(location.get("latitude") instanceof JsonNumber lat)
                || !(location.get("longitude") instanceof JsonNumber lon)) {
            return Optional.empty();
        }
        return Optional.of(new InboundMessage.SharedLocation(lat.doubleValue(), lon.doubleValue(), text(location, "name")));
    }

    private static Optional<InboundMessage> contact(JsonObject contact) {
        String name = Optional.ofNullable(contact.getJsonObject("name")).flatMap(n -> text(n, "formatted_name")).orElse("");
        Optional<String> phone = objects(contact, "phones").stream().findFirst().flatMap(p -> text(p, "phone"));
        return name.isBlank() && phone.isEmpty() ? Optional.empty()
                : Optional.of(new InboundMessage.SharedContact(name, phone));
    }
}
