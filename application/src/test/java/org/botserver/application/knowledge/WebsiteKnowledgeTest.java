package org.botserver.application.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.botserver.application.bot.InMemoryObjectStore;
import org.botserver.application.mail.MovableClock;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

/** A web site read into a knowledge base: in the background, into the site's collection, and again when its period passes. */
class WebsiteKnowledgeTest {

    private static final BotId SHOP = new BotId("shop");
    private static final WebsiteAddress DOCS = WebsiteAddress.parse("https://docs.example.com/start");
    private static final KnowledgeBaseId DOCS_KB = KnowledgeBaseId.of(SHOP, "docs.example.com");

    private final InMemoryObjectStore store = new InMemoryObjectStore().put("shop", "shop.gbdialog/start.bas", "TALK \"hi\"");
    private final List<KnowledgeBaseId> ingested = new ArrayList<>();
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final List<List<CrawledPage>> siteVersions = new ArrayList<>(List.of(List.of(
            page("https://docs.example.com/start", "<p>Welcome</p>"), page("https://docs.example.com/guide/setup", "<p>Setup</p>"))));
    private int crawls;
    private final WebsiteCrawler crawler = (start, limits) -> siteVersions.get(Math.min(crawls++, siteVersions.size() - 1));
    private final WebsiteKnowledgeService websites = new WebsiteKnowledgeService(crawler, new WebsitePages(store, ingested::add),
            CrawlLimits.defaults(), background::add, clock);

    private static CrawledPage page(String url, String html) {
        return new CrawledPage(URI.create(url), html.getBytes(StandardCharsets.UTF_8));
    }

    private void runBackground() {
        while (!background.isEmpty()) background.poll().run();
    }

    private String file(String path) {
        return new String(store.read(SHOP, new PackagePath(path)), StandardCharsets.UTF_8);
    }

    @Test
    void using_a_site_answers_at_once_with_its_collection_and_reads_it_in_the_background() {
        KnowledgeBaseId kb = websites.use(new UseWebsiteCommand(SHOP, DOCS, Duration.ofDays(7)));

        assertEquals(DOCS_KB, kb);
        assertEquals(0, crawls, "the turn waited for the crawl");
        runBackground();

        assertEquals("<p>Welcome</p>", file("shop.gbkb/docs.example.com/start.html"));
        assertEquals("<p>Setup</p>", file("shop.gbkb/docs.example.com/guide/setup.html"));
        assertEquals(List.of(DOCS_KB), ingested);
    }

    @Test
    void using_the_site_again_before_its_period_passes_reads_nothing_more() {
        websites.use(new UseWebsiteCommand(SHOP, DOCS, Duration.ofDays(7)));
        runBackground();

        websites.use(new UseWebsiteCommand(SHOP, DOCS, Duration.ofDays(7)));
        clock.advance(Duration.ofDays(6));
        websites.refreshDue();
        runBackground();

        assertEquals(1, crawls);
    }

    @Test
    void when_the_period_passes_the_site_is_read_again_and_vanished_pages_leave_the_collection() {
        websites.use(new UseWebsiteCommand(SHOP, DOCS, Duration.ofDays(1)));
        runBackground();
        siteVersions.add(List.of(page("https://docs.example.com/start", "<p>Welcome back</p>")));

        clock.advance(Duration.ofDays(1));
        websites.refreshDue();
        runBackground();

        assertEquals(2, crawls);
        assertEquals("<p>Welcome back</p>", file("shop.gbkb/docs.example.com/start.html"));
        assertTrue(store.list(SHOP).stream().noneMatch(f -> f.path().value().endsWith("setup.html")));
        assertEquals(List.of(DOCS_KB, DOCS_KB), ingested);
    }

    @Test
    void a_site_already_in_the_package_after_a_restart_waits_for_its_period() {
        store.put("shop", "shop.gbkb/docs.example.com/start.html", "<p>From before</p>");

        websites.use(new UseWebsiteCommand(SHOP, DOCS, Duration.ofDays(7)));
        runBackground();

        assertEquals(0, crawls);
        clock.advance(Duration.ofDays(7));
        websites.refreshDue();
        runBackground();
        assertEquals(1, crawls);
    }

    @Test
    void a_crawl_still_running_is_not_started_twice() {
        websites.use(new UseWebsiteCommand(SHOP, DOCS, Duration.ofHours(1)));
        clock.advance(Duration.ofHours(2));
        websites.refreshDue();

        assertEquals(1, background.size());
    }

    @Test
    void a_site_that_cannot_be_read_is_tried_again_within_the_hour_and_keeps_its_pages() {
        store.put("shop", "shop.gbkb/docs.example.com/start.html", "<p>Kept</p>");
        WebsiteCrawler down = (start, limits) -> {
            crawls++;
            throw new WebsiteUnreachableException("docs.example.com did not answer within 30 seconds.");
        };
        var failing = new WebsiteKnowledgeService(down, new WebsitePages(store, ingested::add), CrawlLimits.defaults(), background::add, clock);
        failing.use(new UseWebsiteCommand(SHOP, DOCS, Duration.ofDays(7)));
        clock.advance(Duration.ofDays(7));
        failing.refreshDue();
        runBackground();

        clock.advance(Duration.ofHours(1));
        failing.refreshDue();
        runBackground();

        assertEquals(2, crawls);
        assertEquals("<p>Kept</p>", file("shop.gbkb/docs.example.com/start.html"));
        assertEquals(List.of(), ingested);
    }
}
