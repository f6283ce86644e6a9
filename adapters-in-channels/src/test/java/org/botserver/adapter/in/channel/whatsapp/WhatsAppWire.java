package org.botserver.adapter.in.channel.whatsapp;

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

/** The fake Graph API's side of a test: its messages endpoint, and a webhook resource wired to the harness. */
final class WhatsAppWire {

    static final String MESSAGES = "/v23.0/106540352242922/messages";
    static final String SECRET = "app-secret-of-the-test";

    private WhatsAppWire() {
    }

    static void configure(ChannelHarness harness) {
        harness.settingValues.put("hello.whatsapp-app-secret", SECRET);
        harness.settingValues.put("hello.whatsapp-verify-token", "verify-me");
        harness.settingValues.put("hello.whatsapp-api-key", "EAAG-token");
        harness.settingValues.put("hello.whatsapp-phone-number-id", "106540352242922");
        harness.settingValues.put("plans.whatsapp-app-secret", SECRET);
        harness.settingValues.put("plans.whatsapp-api-key", "EAAG-token");
        harness.settingValues.put("plans.whatsapp-phone-number-id", "106540352242922");
    }

    static void acceptMessages(WireMockExtension graph) {
        graph.stubFor(post(urlEqualTo(MESSAGES)).willReturn(okJson("""
                {"messaging_product":"whatsapp","contacts":[{"input":"16315551234","wa_id":"16315551234"}],
                "messages":[{"id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA"}]}""")));
    }

    static WhatsAppCloudApi api(WireMockExtension graph, ChannelHarness harness) {
        return new WhatsAppCloudApi(URI.create(graph.baseUrl()), harness.settings, harness.client);
    }

    static WhatsAppWebhook webhook(ChannelHarness harness, WhatsAppCloudApi api) {
        return new WhatsAppWebhook(harness.receiver(api), harness.statuses(), harness.settings);
    }

    /** Posts the body the way Meta does: signed with the app secret. */
    static int deliver(WhatsAppWebhook webhook, String bot, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return webhook.notify(bot, WhatsAppSignature.sign(bytes, SECRET), bytes).status();
    }

    /** The JSON bodies the fake Graph API received, in order. */
    static List<JsonObject> sent(WireMockExtension graph) {
        return graph.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream().map(LoggedRequest::getBodyAsString)
                .map(body -> Json.createReader(new StringReader(body)).readObject()).toList();
    }
}
