package org.botserver.adapter.in.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.botserver.adapter.in.channel.harness.ChannelHarness;
import org.botserver.application.channel.Receipt;
import org.botserver.domain.channel.ChannelUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Only Telegram, echoing the bot's secret token, gets an update processed; registering needs the secret too. */
class TelegramWebhookSecurityTest {

    private final ChannelHarness harness = new ChannelHarness();
    private final List<ChannelUpdate> received = new ArrayList<>();
    private final TelegramWebhook webhook;
    private final byte[] body = TelegramPayloads.text(1, "hi").getBytes(StandardCharsets.UTF_8);

    TelegramWebhookSecurityTest() {
        TelegramWire.configure(harness);
        // Nothing listens there: a refused call must not reach the Bot API at all.
        TelegramBotApi unreachable = new TelegramBotApi(URI.create("http://127.0.0.1:9"), harness.settings, harness.client);
        webhook = new TelegramWebhook(update -> {
            received.add(update);
            return Receipt.ACCEPTED;
        }, harness.settings, unreachable);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void an_update_with_the_secret_token_is_taken() {
        assertEquals(200, webhook.update("hello", TelegramWire.SECRET, body).status());
        assertEquals(1, received.size());
    }

    @Test
    void an_update_with_a_wrong_or_missing_secret_is_forbidden_and_nothing_is_processed() {
        assertEquals(403, webhook.update("hello", "guess", body).status());
        assertEquals(403, webhook.update("hello", null, body).status());
        assertEquals(List.of(), received);
    }

    @Test
    void registering_without_the_secret_is_forbidden() throws Exception {
        assertEquals(403, webhook.register("hello", "guess", () -> "https://x").get(5, TimeUnit.SECONDS).status());
    }

    @Test
    void a_bot_without_telegram_settings_has_no_webhook() {
        TelegramWebhook off = new TelegramWebhook(update -> Receipt.ACCEPTED, (bot, key) -> Optional.empty(), null);

        assertEquals(404, off.update("hello", TelegramWire.SECRET, body).status());
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request() {
        assertEquals(400, webhook.update("hello", TelegramWire.SECRET, "not json".getBytes(StandardCharsets.UTF_8)).status());
    }
}
