package it.org.botserver.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import org.junit.jupiter.api.Test;

/**
 * The channel webhooks are deployed on the real server, and a bot whose config names no channel secrets
 * has no WhatsApp or Telegram webhook: every call is refused with a problem, nothing is processed.
 */
class ChannelWebhooksIT {

    private final ServerClient server = new ServerClient();

    @Test
    void whatsapp_is_not_enabled_for_a_bot_without_its_app_secret() {
        Reply reply = server.post("/api/channels/whatsapp/hello", "application/json", "{\"object\":\"whatsapp_business_account\"}");

        assertEquals(404, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("WhatsApp is not enabled for the bot hello.", reply.json().getString("detail"));
    }

    @Test
    void the_whatsapp_handshake_is_refused_without_a_verify_token() {
        Reply reply = server.get("/api/channels/whatsapp/hello?hub.mode=subscribe&hub.verify_token=x&hub.challenge=42");

        assertEquals(404, reply.status(), reply.body());
    }

    @Test
    void telegram_is_not_enabled_for_a_bot_without_its_webhook_secret() {
        Reply reply = server.post("/api/channels/telegram/hello", "application/json", "{\"update_id\":1}");

        assertEquals(404, reply.status(), reply.body());
        assertEquals("Telegram is not enabled for the bot hello.", reply.json().getString("detail"));
    }
}
