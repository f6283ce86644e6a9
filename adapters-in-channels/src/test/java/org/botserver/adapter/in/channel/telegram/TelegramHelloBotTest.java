package org.botserver.adapter.in.channel.telegram;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.json.JsonObject;
import java.util.List;
import org.botserver.adapter.in.channel.harness.ChannelHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hello bot and a menu bot over Telegram: updates in with the secret token, Bot API calls out to a fake. */
class TelegramHelloBotTest {

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ChannelHarness harness = new ChannelHarness();
    private final TelegramWebhook webhook;

    TelegramHelloBotTest() {
        TelegramWire.configure(harness);
        webhook = TelegramWire.webhook(harness, TelegramWire.api(api, harness));
    }

    @BeforeEach
    void apiAcceptsCalls() {
        TelegramWire.acceptCalls(api);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private List<JsonObject> sent() {
        return TelegramWire.calls(api, "sendMessage");
    }

    private void awaitSent(int count) {
        ChannelHarness.await(count + " messages sent", () -> sent().size() >= count);
    }

    @Test
    void the_hello_dialog_greets_asks_the_name_and_answers_with_it() {
        assertEquals(200, TelegramWire.deliver(webhook, "hello", TelegramPayloads.text(1001, "/start")));
        awaitSent(2);
        assertEquals(200, TelegramWire.deliver(webhook, "hello", TelegramPayloads.text(1002, "Ana")));
        awaitSent(3);

        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?", "Nice to meet you, Ana!"),
                sent().stream().map(m -> m.getString("text")).toList());
        assertEquals(String.valueOf(TelegramPayloads.CHAT), sent().getFirst().getString("chat_id"));
        assertEquals("HTML", sent().getFirst().getString("parse_mode"));
    }

    @Test
    void a_menu_is_an_inline_keyboard_and_a_key_press_answers_it_and_is_acknowledged() {
        TelegramWire.deliver(webhook, "plans", TelegramPayloads.text(2001, "/start"));
        awaitSent(1);
        JsonObject keyboard = sent().getFirst().getJsonObject("reply_markup");
        assertEquals(List.of("Free", "Pro"), keyboard.getJsonArray("inline_keyboard").stream()
                .map(row -> row.asJsonArray().getJsonObject(0).getString("callback_data")).toList());

        TelegramWire.deliver(webhook, "plans", TelegramPayloads.press(2002, "Pro"));
        awaitSent(2);

        assertEquals("You chose Pro", sent().getLast().getString("text"));
        ChannelHarness.await("the press acknowledged", () -> TelegramWire.calls(api, "answerCallbackQuery").size() == 1);
        assertEquals("4382bfdwdsb323b2d9",
                TelegramWire.calls(api, "answerCallbackQuery").getFirst().getString("callback_query_id"));
    }

    @Test
    void an_update_delivered_twice_is_answered_once() {
        TelegramWire.deliver(webhook, "hello", TelegramPayloads.text(3001, "/start"));
        TelegramWire.deliver(webhook, "hello", TelegramPayloads.text(3001, "/start"));
        TelegramWire.deliver(webhook, "hello", TelegramPayloads.text(3002, "Ana"));
        awaitSent(3);

        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?", "Nice to meet you, Ana!"),
                sent().stream().map(m -> m.getString("text")).toList());
    }

    @Test
    void register_sets_the_webhook_with_the_bots_secret() throws Exception {
        var reply = webhook.register("hello", TelegramWire.SECRET, () -> "https://bots.example.com/api/channels/telegram/hello")
                .get(10, java.util.concurrent.TimeUnit.SECONDS);

        assertEquals(200, reply.status());
        JsonObject call = TelegramWire.calls(api, "setWebhook").getFirst();
        assertEquals("https://bots.example.com/api/channels/telegram/hello", call.getString("url"));
        assertEquals(TelegramWire.SECRET, call.getString("secret_token"));
    }
}
