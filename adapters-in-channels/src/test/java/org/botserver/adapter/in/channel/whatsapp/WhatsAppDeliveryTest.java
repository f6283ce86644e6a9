package org.botserver.adapter.in.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.botserver.adapter.in.channel.harness.ChannelHarness;
import org.botserver.adapter.in.channel.http.Pacing;
import org.botserver.adapter.in.channel.http.ProviderCallFailed;
import org.botserver.adapter.in.channel.http.ProviderClient;
import org.botserver.adapter.in.channel.http.RetryPolicy;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.OutboundMessage;
import org.botserver.domain.conversation.Suggestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sending survives the Graph API's bad moments: a 5xx is retried, a 429 waits as told, a 4xx is final. */
class WhatsAppDeliveryTest {

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String OK = "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.X\"}]}";
    private final ChannelHarness harness = new ChannelHarness();
    private final ChannelAddress to = new ChannelAddress(new BotId("hello"), Channel.WHATSAPP, WhatsAppPayloads.FROM);

    WhatsAppDeliveryTest() {
        WhatsAppWire.configure(harness);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private void send(WhatsAppCloudApi api, OutboundMessage... messages) throws Exception {
        api.send(to, List.of(messages)).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_server_error_then_success_delivers_the_message_once() throws Exception {
        graph.stubFor(post(urlEqualTo(WhatsAppWire.MESSAGES)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        graph.stubFor(post(urlEqualTo(WhatsAppWire.MESSAGES)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(OK)).willSetStateTo("delivered"));

        send(WhatsAppWire.api(graph, harness), new OutboundMessage.Text("Hello!"));

        graph.verify(2, postRequestedFor(urlEqualTo(WhatsAppWire.MESSAGES)));
        assertEquals("delivered", graph.getAllScenarios().getScenarios().getFirst().getState());
    }

    @Test
    void a_429_is_retried_after_the_providers_retry_after_not_the_back_off() throws Exception {
        graph.stubFor(post(urlEqualTo(WhatsAppWire.MESSAGES)).inScenario("limited").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("free"));
        graph.stubFor(post(urlEqualTo(WhatsAppWire.MESSAGES)).inScenario("limited").whenScenarioStateIs("free")
                .willReturn(okJson(OK)));
        // A back-off of an hour: only the provider's Retry-After of 0 lets this finish.
        ProviderClient patient = new ProviderClient(harness.workers, new RetryPolicy(3, Duration.ofHours(1),
                Duration.ofHours(1)), new Pacing(Duration.ZERO), ProviderClient::retryAfterHeader);
        try (patient) {
            send(new WhatsAppCloudApi(URI.create(graph.baseUrl()), harness.settings, patient), new OutboundMessage.Text("Hi"));
        }

        graph.verify(2, postRequestedFor(urlEqualTo(WhatsAppWire.MESSAGES)));
    }

    @Test
    void a_refusal_is_not_retried_and_says_why() {
        graph.stubFor(post(urlEqualTo(WhatsAppWire.MESSAGES)).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"(#131030) Recipient phone number not in allowed list\",\"type\":\"OAuthException\",\"code\":131030}}")));

        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> send(WhatsAppWire.api(graph, harness), new OutboundMessage.Text("Hi")));

        assertInstanceOf(ProviderCallFailed.class, failure.getCause());
        assertEquals("WhatsApp refused the message (400): (#131030) Recipient phone number not in allowed list",
                failure.getCause().getMessage());
        graph.verify(1, postRequestedFor(urlEqualTo(WhatsAppWire.MESSAGES)));
    }

    @Test
    void a_provider_that_keeps_failing_is_given_up_after_the_last_attempt() {
        graph.stubFor(post(urlEqualTo(WhatsAppWire.MESSAGES)).willReturn(aResponse().withStatus(503)));

        assertThrows(ExecutionException.class, () -> send(WhatsAppWire.api(graph, harness), new OutboundMessage.Text("Hi")));

        graph.verify(3, postRequestedFor(urlEqualTo(WhatsAppWire.MESSAGES)));
    }

    @Test
    void more_than_three_choices_go_out_as_a_list_message() throws Exception {
        graph.stubFor(post(urlEqualTo(WhatsAppWire.MESSAGES)).willReturn(okJson(OK)));
        List<Suggestion> four = List.of(new Suggestion("a", "A"), new Suggestion("b", "B"), new Suggestion("c", "C"),
                new Suggestion("d", "D"));

        send(WhatsAppWire.api(graph, harness), new OutboundMessage.Choices("Pick one", four));

        var interactive = WhatsAppWire.sent(graph).getFirst().getJsonObject("interactive");
        assertEquals("list", interactive.getString("type"));
        assertEquals(4, interactive.getJsonObject("action").getJsonArray("sections").getJsonObject(0)
                .getJsonArray("rows").size());
    }
}
