package org.botserver.adapter.in.channel.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.botserver.adapter.in.channel.http.WebhookReply;
import org.botserver.application.channel.Receipt;
import org.botserver.domain.channel.ChannelUpdate;
import org.junit.jupiter.api.Test;

/** Only Meta, knowing the app secret and the verify token, gets a webhook processed or verified. */
class WhatsAppWebhookSecurityTest {

    private final List<ChannelUpdate> received = new ArrayList<>();
    private final WhatsAppWebhook webhook = new WhatsAppWebhook(update -> {
        received.add(update);
        return Receipt.ACCEPTED;
    }, status -> { }, (bot, key) -> switch (key) {
        case WhatsAppKeys.APP_SECRET -> java.util.Optional.of("s3cret");
        case WhatsAppKeys.VERIFY_TOKEN -> java.util.Optional.of("verify-me");
        default -> java.util.Optional.empty();
    });
    private final byte[] body = WhatsAppPayloads.text("wamid.1", "hi").getBytes(StandardCharsets.UTF_8);

    @Test
    void a_body_signed_with_the_app_secret_is_taken() {
        assertEquals(200, webhook.notify("hello", WhatsAppSignature.sign(body, "s3cret"), body).status());
        assertEquals(1, received.size());
    }

    @Test
    void a_body_signed_with_another_secret_is_refused_with_401_and_nothing_is_processed() {
        WebhookReply reply = webhook.notify("hello", WhatsAppSignature.sign(body, "guess"), body);

        assertEquals(401, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(List.of(), received);
    }

    @Test
    void a_missing_or_malformed_signature_is_refused() {
        assertEquals(401, webhook.notify("hello", null, body).status());
        assertEquals(401, webhook.notify("hello", "sha256=zz", body).status());
        assertEquals(List.of(), received);
    }

    @Test
    void a_body_changed_after_signing_is_refused() {
        String signature = WhatsAppSignature.sign(body, "s3cret");
        byte[] changed = WhatsAppPayloads.text("wamid.1", "hj").getBytes(StandardCharsets.UTF_8);

        assertEquals(401, webhook.notify("hello", signature, changed).status());
    }

    @Test
    void the_handshake_echoes_the_challenge_for_the_right_verify_token() {
        WebhookReply reply = webhook.verify("hello", "subscribe", "verify-me", "1158201444");

        assertEquals(200, reply.status());
        assertEquals("1158201444", reply.body());
    }

    @Test
    void the_handshake_with_a_wrong_verify_token_is_forbidden() {
        assertEquals(403, webhook.verify("hello", "subscribe", "wrong", "1158201444").status());
    }

    @Test
    void a_bot_without_whatsapp_settings_has_no_webhook() {
        WhatsAppWebhook off = new WhatsAppWebhook(update -> Receipt.ACCEPTED, status -> { },
                (bot, key) -> java.util.Optional.empty());

        assertEquals(404, off.notify("hello", WhatsAppSignature.sign(body, "s3cret"), body).status());
        assertEquals(404, off.verify("hello", "subscribe", "verify-me", "1").status());
    }
}
