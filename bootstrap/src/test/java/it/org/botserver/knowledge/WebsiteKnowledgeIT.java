package it.org.botserver.knowledge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import it.org.botserver.bots.BotAdmin;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * USE WEBSITE on the running server: a dialog reads a local site (allow-listed for the test server by port) into
 * its knowledge, the crawler honours robots.txt, and once the pages are indexed the dialog finds its answer on
 * the site's page.
 */
class WebsiteKnowledgeIT {

    /** The crawl waits a second between pages, then the pages are embedded; generous for a loaded build machine. */
    private static final Duration WITHIN = Duration.ofSeconds(120);
    private static final String BOT = "site-it-" + UUID.randomUUID().toString().substring(0, 6);

    private static WireMockServer site;
    private static int port;
    private final ServerClient server = new ServerClient();

    @BeforeAll
    static void startTheSiteAndDeployTheBot() {
        port = Integer.parseInt(System.getProperty("it.fake.http.port"));
        site = new WireMockServer(wireMockConfig().port(port).bindAddress("127.0.0.1"));
        site.start();
        site.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withHeader("Content-Type", "text/plain")
                .withBody("User-agent: *\nDisallow: /private/\n")));
        site.stubFor(get(urlEqualTo("/")).willReturn(html("Shop help",
                "<p>Welcome to the help pages.</p><a href=\"/returns.html\">Returns</a> <a href=\"/private/staff.html\">Staff</a>"
                        + " <a href=\"https://elsewhere.example/\">Elsewhere</a>")));
        site.stubFor(get(urlEqualTo("/returns.html")).willReturn(html("Returns",
                "<h1>Returns</h1><p>You may send any product back within 45 days of delivery for a full refund.</p>")));
        site.stubFor(get(urlPathMatching("/private/.*")).willReturn(html("Staff", "<p>The staff door code is 1234.</p>")));
        BotAdmin.deploy(BOT, """
                site = USE WEBSITE "http://127.0.0.1:%d/"
                TALK "Reading " & site
                DO
                  HEAR question
                  hits = THINK KB question, 1
                  IF LEN(hits) = 0 THEN
                    TALK "nothing yet"
                  ELSE
                    TALK hits[0].source
                  END IF
                LOOP
                """.formatted(port));
    }

    @AfterAll
    static void stopIt() {
        BotAdmin.remove(BOT);
        if (site != null) site.stop();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(String title, String body) {
        return aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><head><title>" + title + "</title></head><body>" + body + "</body></html>");
    }

    @Test
    void a_dialog_reads_a_site_into_its_knowledge_and_answers_from_its_pages() throws Exception {
        String collection = "127.0.0.1-" + port;
        Reply started = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + BOT + "\"}");
        assertEquals(201, started.status(), started.body());
        assertEquals(List.of("Reading " + collection), started.replyContents());
        String id = started.json().getString("conversation_id");

        assertTrue(indexed(collection, 2), "the site was not read and indexed within " + WITHIN);
        Reply answered = server.postJson("/api/conversations/" + id + "/messages",
                "{\"content\":\"how many days do I have to send a product back\"}");

        assertEquals(200, answered.status(), answered.body());
        List<String> replies = answered.replyContents();
        assertTrue(replies.getFirst().startsWith(collection + "/") && replies.getFirst().contains("returns"), replies.toString());
        site.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
        site.verify(1, getRequestedFor(urlEqualTo("/returns.html")));
        site.verify(0, getRequestedFor(urlPathMatching("/private/.*")));
    }

    private boolean indexed(String collection, int pages) throws InterruptedException {
        Instant deadline = Instant.now().plus(WITHIN);
        while (Instant.now().isBefore(deadline)) {
            Reply status = server.get("/api/kb/" + BOT + "/status");
            if (status.status() == 200) {
                for (JsonObject kb : status.array().getValuesAs(JsonObject.class)) {
                    if (kb.getString("collection").equals(collection) && !kb.getBoolean("running")
                            && kb.getInt("documents_done") == pages) {
                        return true;
                    }
                }
            }
            Thread.sleep(500);
        }
        return false;
    }

}
