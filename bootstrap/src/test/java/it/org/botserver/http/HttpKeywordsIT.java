package it.org.botserver.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import it.org.botserver.bots.BotAdmin;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP keywords on the real server: a dialog GETs JSON from a local API (allow-listed for the test server by
 * port, HTTP_ALLOWED_HOSTS in the build) and talks one of its fields, POSTs an object the API records with the
 * header SET HEADER gave it, and is refused the cloud metadata address and loopback by name.
 */
class HttpKeywordsIT {

    private static final String BOT = "http-it-" + UUID.randomUUID().toString().substring(0, 6);
    private static WireMockServer api;
    private final ServerClient server = new ServerClient();

    @BeforeAll
    static void startTheApiAndDeployTheBot() {
        int port = Integer.parseInt(System.getProperty("it.fake.http.port"));
        api = new WireMockServer(wireMockConfig().port(port).bindAddress("127.0.0.1"));
        api.start();
        api.stubFor(get(urlEqualTo("/orders/7")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"id\":7,\"status\":\"shipped\",\"items\":[{\"name\":\"tea\"}]}")));
        api.stubFor(post(urlEqualTo("/orders")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":8}")));
        api.stubFor(get(urlPathEqualTo("/secret")).willReturn(aResponse().withBody("the keys")));
        String base = "http://127.0.0.1:" + port;
        BotAdmin.deploy(BOT, """
                order = GET "%1$s/orders/7"
                TALK "Order " & order.id & " is " & order.status & ", with " & order.items[0].name
                SET HEADER "X-Shop-Key", "it-key"
                HEAR item
                made = POST "%1$s/orders", { item: item, qty: 2 }
                TALK "Created order " & made.id
                ON ERROR RESUME NEXT
                meta = GET "http://169.254.169.254/latest/meta-data/"
                TALK ERROR MESSAGE
                local = GET "http://localhost:%2$d/secret"
                TALK ERROR MESSAGE
                """.formatted(base, port));
    }

    @AfterAll
    static void stopIt() {
        BotAdmin.remove(BOT);
        if (api != null) api.stop();
    }

    @Test
    void a_dialog_reads_json_posts_an_object_with_its_header_and_is_refused_private_addresses() {
        Reply started = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + BOT + "\"}");
        assertEquals(201, started.status(), started.body());
        assertEquals(List.of("Order 7 is shipped, with tea"), started.replyContents());

        Reply answered = server.postJson("/api/conversations/" + started.json().getString("conversation_id") + "/messages",
                "{\"content\":\"green tea\"}");

        String advice = "; bots may only reach public addresses (an operator can allow a host with HTTP_ALLOWED_HOSTS).";
        List<String> replies = answered.replyContents();
        assertEquals("Created order 8", replies.get(0));
        assertEquals("GET failed: 169.254.169.254 is a link-local address" + advice, replies.get(1));
        assertTrue(replies.get(2).startsWith("GET failed: localhost resolves to "), replies.get(2));
        api.verify(1, postRequestedFor(urlEqualTo("/orders")).withHeader("X-Shop-Key", equalTo("it-key"))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson("{\"item\":\"green tea\",\"qty\":2}")));
        api.verify(1, getRequestedFor(urlEqualTo("/orders/7")));
        api.verify(0, getRequestedFor(urlPathEqualTo("/secret")));
        api.verify(2, anyRequestedFor(anyUrl()));
    }

}
