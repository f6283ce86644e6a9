package org.botserver.adapter.in.channel.whatsapp;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.botserver.adapter.in.channel.http.WebhookReply;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.application.channel.ReceiveChannelMessage;
import org.botserver.application.channel.RecordDeliveryStatus;
import org.botserver.domain.bot.BotId;

/**
 * Decides what the WhatsApp webhook answers: the verification handshake against whatsapp-verify-token, and
 * notifications whose signature is checked on the raw bytes before anything is parsed. Messages are only
 * handed over here; the dialog runs after the answer.
 */
final class WhatsAppWebhook {

    private final ReceiveChannelMessage receive;
    private final RecordDeliveryStatus statuses;
    private final ChannelSettings settings;

    WhatsAppWebhook(ReceiveChannelMessage receive, RecordDeliveryStatus statuses, ChannelSettings settings) {
        this.receive = receive;
        this.statuses = statuses;
        this.settings = settings;
    }

    WebhookReply verify(String bot, String mode, String token, String challenge) {
        Optional<String> expected = setting(bot, WhatsAppKeys.VERIFY_TOKEN);
        if (expected.isEmpty()) return notEnabled(bot);
        boolean verified = "subscribe".equals(mode) && token != null && challenge != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), expected.get().getBytes(StandardCharsets.UTF_8));
        if (!verified) return WebhookReply.problem(Status.FORBIDDEN, "The verify token does not match this bot's whatsapp-verify-token.");
        return WebhookReply.text(challenge);
    }

    WebhookReply notify(String bot, String signature, byte[] body) {
        Optional<String> secret = setting(bot, WhatsAppKeys.APP_SECRET);
        if (secret.isEmpty()) return notEnabled(bot);
        if (!WhatsAppSignature.matches(body, signature, secret.get())) {
            return WebhookReply.problem(Status.UNAUTHORIZED, "The X-Hub-Signature-256 header does not match the body.");
        }
        JsonObject root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return WebhookReply.problem(Status.BAD_REQUEST, "The body is not a JSON object.");
        }
        WhatsAppNotification.Notification notification = WhatsAppNotification.read(root, new BotId(bot));
        notification.updates().forEach(receive::receive);
        notification.statuses().forEach(statuses::record);
        return WebhookReply.ok();
    }

    private Optional<String> setting(String bot, String key) {
        return BotId.isValid(bot) ? settings.get(new BotId(bot), key).filter(v -> !v.isBlank()) : Optional.empty();
    }

    private static WebhookReply notEnabled(String bot) {
        return WebhookReply.problem(Status.NOT_FOUND, "WhatsApp is not enabled for the bot " + bot + ".");
    }
}
