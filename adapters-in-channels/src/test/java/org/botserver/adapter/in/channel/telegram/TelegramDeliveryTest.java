package org.botserver.adapter.in.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.botserver.adapter.in.channel.harness.ChannelHarness;
import org.botserver.adapter.in.channel.http.Pacing;
import org.botserver.adapter.in.channel.http.ProviderClient;
import org.botserver.adapter.in.channel.http.RetryPolicy;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.MediaKind;
import org.botserver.domain.channel.OutboundMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sending on Telegram: retried after a 5xx, after {@code parameters.retry_after} on a 429, files by URL. */
class TelegramDeliveryTest {

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String OK = "{\"ok\":true,\"result\":{\"message_id\":1}}";
    private final ChannelHarness harness = new ChannelHarness();
    private final ChannelAddress chat = new ChannelAddress(new BotId("hello"), Channel.TELEGRAM, "111111111");

    TelegramDeliveryTest() {
        TelegramWire.configure(harness);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void a_server_error_then_success_delivers_the_message_once() throws Exception {
        String send = TelegramWire.method("sendMessage");
        api.stubFor(post(urlEqualTo(send)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("recovered"));
        api.stubFor(post(urlEqualTo(send)).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(okJson(OK)));

        TelegramWire.api(api, harness).send(chat, List.of(new OutboundMessage.Text("Hello!")))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);

        api.verify(2, postRequestedFor(urlEqualTo(send)));
    }

    @Test
    void a_429_waits_for_parameters_retry_after_not_the_back_off() throws Exception {
        String send = TelegramWire.method("sendMessage");
        api.stubFor(post(urlEqualTo(send)).inScenario("limited").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withBody(
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 0\",\"parameters\":{\"retry_after\":0}}"))
                .willSetStateTo("free"));
        api.stubFor(post(urlEqualTo(send)).inScenario("limited").whenScenarioStateIs("free").willReturn(okJson(OK)));
        // A back-off of an hour: only Telegram's retry_after of 0 lets this finish.
        try (ProviderClient patient = new ProviderClient(harness.workers, new RetryPolicy(3, Duration.ofHours(1),
                Duration.ofHours(1)), new Pacing(Duration.ZERO), TelegramBotApi::retryAfter)) {
            new TelegramBotApi(URI.create(api.baseUrl()), harness.settings, patient)
                    .send(chat, List.of(new OutboundMessage.Text("Hi"))).toCompletableFuture().get(10, TimeUnit.SECONDS);
        }

        api.verify(2, postRequestedFor(urlEqualTo(send)));
    }

    @Test
    void a_photo_and_a_document_are_sent_by_url_with_their_caption() throws Exception {
        api.stubFor(post(urlEqualTo(TelegramWire.method("sendPhoto"))).willReturn(okJson(OK)));
        api.stubFor(post(urlEqualTo(TelegramWire.method("sendDocument"))).willReturn(okJson(OK)));

        TelegramWire.api(api, harness).send(chat, List.of(
                new OutboundMessage.Media(MediaKind.IMAGE, "https://example.com/cat.jpg", "a **cat**"),
                new OutboundMessage.Media(MediaKind.DOCUMENT, "https://example.com/terms.pdf", ""))).toCompletableFuture()
                .get(10, TimeUnit.SECONDS);

        var photo = TelegramWire.calls(api, "sendPhoto").getFirst();
        assertEquals("https://example.com/cat.jpg", photo.getString("photo"));
        assertEquals("a <b>cat</b>", photo.getString("caption"));
        assertEquals("https://example.com/terms.pdf", TelegramWire.calls(api, "sendDocument").getFirst().getString("document"));
    }
}
