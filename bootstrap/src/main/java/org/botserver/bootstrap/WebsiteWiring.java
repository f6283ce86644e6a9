package org.botserver.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.botserver.adapter.out.storage.http.AllowedHosts;
import org.botserver.adapter.out.storage.http.GuardedHttpClient;
import org.botserver.adapter.out.storage.http.HttpClientSettings;
import org.botserver.adapter.out.storage.web.OkHttpWebsiteCrawler;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.knowledge.CrawlLimits;
import org.botserver.application.knowledge.UseWebsite;
import org.botserver.application.knowledge.UseWebsiteKeyword;
import org.botserver.application.knowledge.VectorIndexException;
import org.botserver.application.knowledge.WebsiteKnowledgeService;
import org.botserver.application.knowledge.WebsitePages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * USE WEBSITE: sites read by the crawler on the guarded HTTP client (the same {@code http.*} limits and
 * {@code http.allowed.hosts} as the HTTP keywords), one crawl at a time in the background, within
 * {@code kb.web.max-depth} (3), {@code kb.web.max-pages} (50) and {@code kb.web.delay-ms} (1000) between
 * requests; due refreshes are looked for every minute. With the knowledge bases off the keyword says so.
 */
@ApplicationScoped
public class WebsiteWiring {

    @Inject
    KnowledgeWiring knowledge;
    @Inject
    BotPackages packages;
    @Inject
    @ConfigProperty(name = "kb.web.max-depth", defaultValue = "3")
    int maxDepth;
    @Inject
    @ConfigProperty(name = "kb.web.max-pages", defaultValue = "50")
    int maxPages;
    @Inject
    @ConfigProperty(name = "kb.web.delay-ms", defaultValue = "1000")
    long delayMillis;
    @Inject
    @ConfigProperty(name = "http.timeout.seconds", defaultValue = "30")
    int timeoutSeconds;
    @Inject
    @ConfigProperty(name = "http.max.response.kib", defaultValue = "5120")
    long maxKib;
    @Inject
    @ConfigProperty(name = "http.max.redirects", defaultValue = "5")
    int maxRedirects;
    @Inject
    @ConfigProperty(name = "http.allowed.hosts")
    Optional<String> allowedHosts;

    private GuardedHttpClient client;
    private ExecutorService crawls;
    private Chore refresher;
    private WebsiteKnowledgeService websites;

    /** The websites, started on first use; with the knowledge bases off, none. */
    private synchronized Optional<UseWebsite> websites() {
        if (websites != null) return Optional.of(websites);
        var ingestion = knowledge.ingestion();
        if (ingestion.isEmpty()) return Optional.empty();
        client = GuardedHttpClient.create(new HttpClientSettings(Duration.ofSeconds(Math.max(1, timeoutSeconds)),
                Math.max(1, maxKib) * 1024, Math.max(0, maxRedirects), AllowedHosts.parse(allowedHosts.orElse(""))));
        crawls = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("kb-web").factory());
        websites = new WebsiteKnowledgeService(new OkHttpWebsiteCrawler(client), new WebsitePages(packages.store(), ingestion.get()),
                new CrawlLimits(maxDepth, maxPages, Duration.ofMillis(Math.max(0, delayMillis))), crawls, Clock.systemUTC());
        WebsiteKnowledgeService started = websites;
        refresher = Chore.every(Duration.ofMinutes(1), "kb-web-refresh", "Looking for websites to read again", started::refreshDue);
        return Optional.of(websites);
    }

    /** USE WEBSITE, collected by Wiring's capability registry. */
    @Produces
    @Singleton
    CapabilityHandler useWebsite() {
        return new UseWebsiteKeyword(command -> websites().orElseThrow(() -> new VectorIndexException(
                "Knowledge bases are off on this server: it has no embedding model or index.", null)).use(command));
    }

    @PreDestroy
    synchronized void stop() {
        if (refresher != null) refresher.close();
        if (crawls != null) crawls.shutdownNow();
        if (client != null) client.close();
    }
}
