package org.botserver.adapter.out.storage.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import okhttp3.HttpUrl;
import org.botserver.adapter.out.storage.http.GuardedHttpClient;
import org.botserver.application.http.HttpFetchException;
import org.botserver.application.knowledge.CrawlLimits;
import org.botserver.application.knowledge.CrawledPage;
import org.botserver.application.knowledge.WebsiteAddress;
import org.botserver.application.knowledge.WebsiteCrawler;
import org.botserver.application.knowledge.WebsiteUnreachableException;

/**
 * The {@link WebsiteCrawler} on the guarded HTTP client: robots.txt first (missing: all allowed; unreadable: nothing
 * is), then breadth first from the start page through same-site links, HTML pages only, waiting the limits' delay
 * (or the site's longer Crawl-delay, up to a minute) before every request.
 */
public final class OkHttpWebsiteCrawler implements WebsiteCrawler {

    /** The product token robots.txt groups name this crawler by. */
    public static final String PRODUCT = "BotServer";
    private static final Duration LONGEST_DELAY = Duration.ofMinutes(1);

    private final GuardedHttpClient client;
    private final Pause pause;

    public OkHttpWebsiteCrawler(GuardedHttpClient client) {
        this(client, Pause.SLEEP);
    }

    OkHttpWebsiteCrawler(GuardedHttpClient client, Pause pause) {
        this.client = Objects.requireNonNull(client, "client");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    private record Visit(URI url, int depth) {
    }

    @Override
    public List<CrawledPage> crawl(WebsiteAddress start, CrawlLimits limits) {
        RobotsTxt robots = robots(start);
        Duration delay = robots.crawlDelay().filter(d -> d.compareTo(limits.delay()) > 0)
                .map(d -> d.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : d).orElse(limits.delay());
        if (!robots.allows(pathAndQuery(start.uri()))) {
            throw new WebsiteUnreachableException("The robots.txt of " + start.uri().getHost() + " does not allow reading " + start + ".");
        }
        List<CrawledPage> pages = new ArrayList<>();
        Queue<Visit> queue = new ArrayDeque<>(List.of(new Visit(start.uri(), 0)));
        Set<URI> seen = new HashSet<>(List.of(start.uri()));
        while (!queue.isEmpty() && pages.size() < limits.maxPages()) {
            Visit visit = queue.poll();
            wait(delay);
            GuardedHttpClient.Answer answer;
            try {
                answer = client.fetch("GET", url(visit.url()), Map.of("User-Agent", PRODUCT + "/1.0", "Accept", "text/html"), null, null);
            } catch (HttpFetchException e) {
                if (visit.depth() == 0) throw new WebsiteUnreachableException("Could not read " + start + ": " + e.getMessage());
                continue;
            }
            URI landed = answer.url().uri();
            if (answer.status() / 100 != 2 || !answer.contentType().toLowerCase(Locale.ROOT).contains("html") || !start.sameSite(landed)) {
                if (visit.depth() == 0) throw new WebsiteUnreachableException(start + " answered " + answer.status() + " "
                        + answer.reason() + " (" + answer.contentType() + ") from " + landed + ", not a page of the site.");
                continue;
            }
            pages.add(new CrawledPage(landed, answer.body()));
            if (visit.depth() == limits.maxDepth()) continue;
            for (URI link : HtmlLinks.of(answer.body(), landed)) {
                if (start.sameSite(link) && robots.allows(pathAndQuery(link)) && seen.add(link)) {
                    queue.add(new Visit(link, visit.depth() + 1));
                }
            }
        }
        return pages;
    }

    /** The site's robots.txt for this crawler: a 4xx allows everything, anything else unreadable allows nothing. */
    private RobotsTxt robots(WebsiteAddress start) {
        URI robots = start.uri().resolve("/robots.txt");
        try {
            var answer = client.fetch("GET", url(robots), Map.of("User-Agent", PRODUCT + "/1.0"), null, null);
            if (answer.status() / 100 == 2) return RobotsTxt.parse(new String(answer.body(), StandardCharsets.UTF_8), PRODUCT);
            if (answer.status() / 100 == 4) return RobotsTxt.ALLOW_ALL;
            return RobotsTxt.DISALLOW_ALL;
        } catch (HttpFetchException e) {
            throw new WebsiteUnreachableException("Could not read " + start + ": " + e.getMessage());
        }
    }

    private void wait(Duration delay) {
        try {
            pause.pause(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebsiteUnreachableException("Reading the site was stopped (the server is shutting down).");
        }
    }

    private static HttpUrl url(URI uri) {
        HttpUrl url = HttpUrl.parse(uri.toString());
        if (url == null) throw new WebsiteUnreachableException("'" + uri + "' is not a web address.");
        return url;
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
