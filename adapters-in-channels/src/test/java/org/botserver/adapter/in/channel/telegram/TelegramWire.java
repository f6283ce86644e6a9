package org.botserver.adapter.in.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.botserver.adapter.in.channel.harness.ChannelHarness;

/** The fake Bot API's side of a test: its methods for the test token, and a webhook wired to the harness. */
final class TelegramWire {

    static final String TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11";
    static final String SECRET = "webhook-secret-of-the-test";

    private TelegramWire() {
    }

    static String method(String name) {
        return "/bot" + TOKEN + "/" + name;
    }

    static void configure(ChannelHarness harness) {
        for (String bot : List.of("hello", "plans")) {
            harness.settingValues.put(bot + ".telegram-bot-token", TOKEN);
            harness.settingValues.put(bot + ".telegram-webhook-secret", SECRET);
        }
    }

    static void acceptCalls(WireMockExtension api) {
        api.stubFor(post(urlEqualTo(method("sendMessage"))).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"message_id\":1400,\"chat\":{\"id\":111111111,\"type\":\"private\"},\"date\":1441645600}}")));
        api.stubFor(post(urlEqualTo(method("answerCallbackQuery"))).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        api.stubFor(post(urlEqualTo(method("setWebhook"))).willReturn(okJson(
                "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}")));
    }

    static TelegramBotApi api(WireMockExtension api, ChannelHarness harness) {
        return new TelegramBotApi(URI.create(api.baseUrl()), harness.settings, harness.client);
    }

    static TelegramWebhook webhook(ChannelHarness harness, TelegramBotApi api) {
        return new TelegramWebhook(harness.receiver(api), harness.settings, api);
    }

    static int deliver(TelegramWebhook webhook, String bot, String body) {
        return webhook.update(bot, SECRET, body.getBytes(StandardCharsets.UTF_8)).status();
    }

    /** The JSON bodies the fake Bot API received for a method, in order. */
    static List<JsonObject> calls(WireMockExtension api, String name) {
        return api.findAll(postRequestedFor(urlEqualTo(method(name)))).stream().map(LoggedRequest::getBodyAsString)
                .map(body -> Json.createReader(new StringReader(body)).readObject()).toList();
    }
}
