package org.botserver.adapter.in.channel.whatsapp;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.DeliveryStatus;
import org.botserver.domain.channel.InboundMessage;

/**
 * Reads a Cloud API notification ({@code object: whatsapp_business_account}, entry → changes → value) into
 * the messages users sent and the statuses of messages the bot sent. Kinds the bot cannot answer
 * (reactions, stickers, system notices) are skipped.
 */
final class WhatsAppNotification {

    /** What one notification carried. */
    record Notification(List<ChannelUpdate> updates, List<DeliveryStatus> statuses) {
    }

    private WhatsAppNotification() {
    }

    static Notification read(JsonObject root, BotId bot) {
        List<ChannelUpdate> updates = new ArrayList<>();
        List<DeliveryStatus> statuses = new ArrayList<>();
        for (JsonObject entry : objects(root, "entry")) {
            for (JsonObject change : objects(entry, "changes")) {
                JsonObject value = change.getJsonObject("value");
                if (value == null) continue;
                for (JsonObject message : objects(value, "messages")) {
                    WhatsAppInbound.of(message).ifPresent(content -> updates.add(new ChannelUpdate(
                            new ChannelAddress(bot, Channel.WHATSAPP, message.getString("from")),
                            message.getString("id"), content)));
                }
                for (JsonObject status : objects(value, "statuses")) statuses.add(status(status));
            }
        }
        return new Notification(List.copyOf(updates), List.copyOf(statuses));
    }

    private static DeliveryStatus status(JsonObject status) {
        return new DeliveryStatus(Channel.WHATSAPP, status.getString("id"), status.getString("recipient_id", ""),
                status.getString("status"), epochSeconds(status.getString("timestamp", "0")));
    }

    private static Instant epochSeconds(String text) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Instant.EPOCH;
        }
    }

    static List<JsonObject> objects(JsonObject parent, String name) {
        if (parent == null || !(parent.get(name) instanceof jakarta.json.JsonArray array)) return List.of();
        return array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject).toList();
    }

    static Optional<String> text(JsonObject parent, String name) {
        return parent != null && parent.get(name) instanceof jakarta.json.JsonString s
                ? Optional.of(s.getString()) : Optional.empty();
    }
}
