package org.botserver.application.knowledge;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * Reads web sites into knowledge bases (see {@link UseWebsite}): each crawl runs on the background executor, one
 * at a time per site, and {@link #refreshDue()} (called by a timer) crawls the sites whose period has passed. A
 * site already in the package when first used after a start is taken as fresh and read again a period later.
 */
public final class WebsiteKnowledgeService implements UseWebsite {

    private static final System.Logger LOG = System.getLogger(WebsiteKnowledgeService.class.getName());
    /** A site that could not be read is tried again sooner than its period, but not at once. */
    private static final Duration RETRY = Duration.ofHours(1);

    private record Site(BotId bot, WebsiteAddress address) {
    }

    private final WebsiteCrawler crawler;
    private final WebsitePages pages;
    private final CrawlLimits limits;
    private final Executor background;
    private final Clock clock;
    private final Map<Site, Duration> periods = new ConcurrentHashMap<>();
    private final Map<Site, Instant> due = new ConcurrentHashMap<>();
    private final Set<Site> running = ConcurrentHashMap.newKeySet();

    public WebsiteKnowledgeService(WebsiteCrawler crawler, WebsitePages pages, CrawlLimits limits, Executor background, Clock clock) {
        this.crawler = Objects.requireNonNull(crawler, "crawler");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public KnowledgeBaseId use(UseWebsiteCommand command) {
        Site site = new Site(command.bot(), command.site());
        KnowledgeBaseId kb = KnowledgeBaseId.of(command.bot(), command.site().collection());
        periods.put(site, command.refresh());
        if (due.containsKey(site)) return kb;
        if (pages.has(kb)) {
            due.putIfAbsent(site, clock.instant().plus(command.refresh()));
        } else {
            due.putIfAbsent(site, clock.instant());
            crawlInBackground(site);
        }
        return kb;
    }

    /** Crawls, in the background, every site whose next reading is due. */
    public void refreshDue() {
        Instant now = clock.instant();
        due.forEach((site, when) -> {
            if (!when.isAfter(now)) crawlInBackground(site);
        });
    }

    private void crawlInBackground(Site site) {
        if (!running.add(site)) return;
        try {
            background.execute(() -> {
                try {
                    crawl(site);
                } finally {
                    running.remove(site);
                }
            });
        } catch (RuntimeException e) {
            running.remove(site);
            throw e;
        }
    }

    private void crawl(Site site) {
        KnowledgeBaseId kb = KnowledgeBaseId.of(site.bot(), site.address().collection());
        Duration period = periods.get(site);
        try {
            List<CrawledPage> read = crawler.crawl(site.address(), limits);
            pages.replace(kb, read);
            due.put(site, clock.instant().plus(period));
            LOG.log(Level.INFO, "Read {0} pages of {1} into {2}", read.size(), site.address(), kb);
        } catch (RuntimeException e) {
            due.put(site, clock.instant().plus(period.compareTo(RETRY) < 0 ? period : RETRY));
            LOG.log(Level.WARNING, "Reading {0} into {1} failed: {2}", site.address(), kb, e.getMessage());
        }
    }
}
