package org.botserver.adapter.out.storage.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.botserver.adapter.out.storage.http.AllowedHosts;
import org.botserver.adapter.out.storage.http.GuardedHttpClient;
import org.botserver.adapter.out.storage.http.HttpClientSettings;
import org.botserver.application.knowledge.CrawlLimits;
import org.botserver.application.knowledge.CrawledPage;
import org.botserver.application.knowledge.WebsiteAddress;
import org.botserver.application.knowledge.WebsiteUnreachableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The crawler against a real local site, allow-listed because it is on the loopback address: how deep and how many
 * pages it reads, which links it follows, what robots.txt keeps it from, and the pause before every request.
 */
class WebsiteCrawlTest {

    private final SiteServer site = SiteServer.start();
    private final GuardedHttpClient client = GuardedHttpClient.create(new HttpClientSettings(Duration.ofSeconds(10),
            1024 * 1024, 5, AllowedHosts.parse(site.hostAndPort())));
    private final List<Duration> pauses = new ArrayList<>();
    private final OkHttpWebsiteCrawler crawler = new OkHttpWebsiteCrawler(client, pauses::add);

    @AfterEach
    void stop() {
        client.close();
        site.close();
    }

    private List<String> crawl(CrawlLimits limits) {
        return crawler.crawl(WebsiteAddress.parse(site.url("/")), limits).stream().map(CrawledPage::url)
                .map(url -> url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())).toList();
    }

    @Test
    void links_are_followed_breadth_first_at_most_three_deep() {
        site.html("/", "<a href='/one'>1</a> <a href='/side'>side</a>").html("/one", "<a href='two'>2</a>")
                .html("/two", "<a href='/three#top'>3</a>").html("/three", "<a href='/four'>4</a>").html("/four", "deep")
                .html("/side", "<a href='/'>home</a> <a href='/one'>again</a>");

        assertEquals(List.of("/", "/one", "/side", "/two", "/three"), crawl(CrawlLimits.defaults()));
        assertFalse(site.requested.contains("/four"));
    }

    @Test
    void no_more_pages_than_the_cap_are_read() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 80; i++) links.append("<a href='/p").append(i).append("'>p</a>");
        site.html("/", links.toString());
        for (int i = 0; i < 80; i++) site.html("/p" + i, "page " + i);

        assertEquals(50, crawl(CrawlLimits.defaults()).size());
        assertEquals(51, site.requested.size(), "robots.txt and 50 pages");
    }

    @Test
    void paths_robots_txt_disallows_are_never_requested() {
        site.answer("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n")
                .html("/", "<a href='/private/plans'>p</a> <a href='/public'>q</a>").html("/private/plans", "secret").html("/public", "open");

        assertEquals(List.of("/", "/public"), crawl(CrawlLimits.defaults()));
        assertFalse(site.requested.contains("/private/plans"));
    }

    @Test
    void a_start_page_robots_txt_disallows_is_refused_plainly() {
        site.answer("/robots.txt", 200, "text/plain", "User-agent: BotServer\nDisallow: /\n").html("/", "home");

        var refused = assertThrows(WebsiteUnreachableException.class, () -> crawl(CrawlLimits.defaults()));

        assertTrue(refused.getMessage().contains("robots.txt") && refused.getMessage().contains("does not allow"), refused.getMessage());
        assertEquals(List.of("/robots.txt"), site.requested);
    }

    @Test
    void links_to_other_sites_and_pages_that_are_not_html_are_left_out() {
        site.html("/", "<a href='https://example.org/away'>a</a> <a href='http://localhost:1/x'>b</a> <a href='/guide.pdf'>c</a>"
                + " <a href='mailto:ana@example.com'>d</a> <a href='/ok'>e</a>")
                .answer("/guide.pdf", 200, "application/pdf", "%PDF-1.4").html("/ok", "fine");

        assertEquals(List.of("/", "/ok"), crawl(CrawlLimits.defaults()));
    }

    @Test
    void every_request_waits_the_delay_or_the_sites_longer_crawl_delay() {
        site.html("/", "<a href='/a'>a</a>").html("/a", "a");
        crawl(CrawlLimits.defaults());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), pauses);

        pauses.clear();
        site.answer("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 3\n");
        crawl(CrawlLimits.defaults());
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), pauses);
    }

    @Test
    void a_loopback_site_not_on_the_allow_list_is_refused_before_any_request() {
        site.html("/", "home");
        try (var guarded = GuardedHttpClient.create(HttpClientSettings.defaults())) {
            var refused = assertThrows(WebsiteUnreachableException.class,
                    () -> new OkHttpWebsiteCrawler(guarded, pauses::add).crawl(WebsiteAddress.parse(site.url("/")), CrawlLimits.defaults()));

            assertTrue(refused.getMessage().contains("loopback"), refused.getMessage());
        }
        assertEquals(List.of(), site.requested);
    }

    @Test
    void a_start_page_that_fails_is_reported_and_a_later_one_is_skipped() {
        assertThrows(WebsiteUnreachableException.class, () -> crawl(CrawlLimits.defaults()));

        site.html("/", "<a href='/gone'>g</a> <a href='/here'>h</a>").html("/here", "here");
        assertEquals(List.of("/", "/here"), crawl(CrawlLimits.defaults()));
    }
}
