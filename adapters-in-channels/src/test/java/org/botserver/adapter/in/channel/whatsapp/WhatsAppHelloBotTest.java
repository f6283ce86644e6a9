package org.botserver.adapter.in.channel.whatsapp;

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

/** The hello bot and a menu bot over WhatsApp: signed webhooks in, Cloud API messages out to a fake Graph API. */
class WhatsAppHelloBotTest {

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ChannelHarness harness = new ChannelHarness();
    private final WhatsAppWebhook webhook;

    WhatsAppHelloBotTest() {
        WhatsAppWire.configure(harness);
        webhook = WhatsAppWire.webhook(harness, WhatsAppWire.api(graph, harness));
    }

    @BeforeEach
    void graphAcceptsMessages() {
        WhatsAppWire.acceptMessages(graph);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private List<String> texts() {
        return WhatsAppWire.sent(graph).stream().map(body -> body.getString("type").equals("text")
                ? body.getJsonObject("text").getString("body")
                : body.getJsonObject("interactive").getJsonObject("body").getString("text")).toList();
    }

    private void awaitSent(int count) {
        ChannelHarness.await(count + " messages sent", () -> WhatsAppWire.sent(graph).size() >= count);
    }

    @Test
    void the_hello_dialog_greets_asks_the_name_and_answers_with_it() {
        assertEquals(200, WhatsAppWire.deliver(webhook, "hello", WhatsAppPayloads.text("wamid.1", "hi")));
        awaitSent(2);
        assertEquals(200, WhatsAppWire.deliver(webhook, "hello", WhatsAppPayloads.text("wamid.2", "Ana")));
        awaitSent(3);

        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?", "Nice to meet you, Ana!"), texts());
        JsonObject first = WhatsAppWire.sent(graph).getFirst();
        assertEquals("whatsapp", first.getString("messaging_product"));
        assertEquals(WhatsAppPayloads.FROM, first.getString("to"));
        graph.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(WhatsAppWire.MESSAGES))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer EAAG-token")));
    }

    @Test
    void a_menu_is_sent_as_reply_buttons_and_a_button_press_answers_it() {
        WhatsAppWire.deliver(webhook, "plans", WhatsAppPayloads.text("wamid.m1", "hi"));
        awaitSent(1);
        JsonObject menu = WhatsAppWire.sent(graph).getFirst().getJsonObject("interactive");
        assertEquals("button", menu.getString("type"));
        assertEquals(List.of("Free", "Pro"), menu.getJsonObject("action").getJsonArray("buttons").stream()
                .map(b -> b.asJsonObject().getJsonObject("reply").getString("id")).toList());

        WhatsAppWire.deliver(webhook, "plans", WhatsAppPayloads.buttonReply("wamid.m2", "Pro", "Pro"));
        awaitSent(2);

        assertEquals("You chose Pro", texts().getLast());
    }

    @Test
    void a_webhook_delivered_twice_is_answered_once() {
        WhatsAppWire.deliver(webhook, "hello", WhatsAppPayloads.text("wamid.dup", "hi"));
        WhatsAppWire.deliver(webhook, "hello", WhatsAppPayloads.text("wamid.dup", "hi"));
        WhatsAppWire.deliver(webhook, "hello", WhatsAppPayloads.text("wamid.after", "Ana"));
        awaitSent(3);

        assertEquals(List.of("Hello! I am the hello bot.", "What is your name?", "Nice to meet you, Ana!"), texts());
    }
}
