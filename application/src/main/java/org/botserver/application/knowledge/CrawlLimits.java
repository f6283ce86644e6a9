package org.botserver.application.knowledge;

import java.time.Duration;
import java.util.Objects;

/** How far a site is read: links followed at most {@code maxDepth} deep, at most {@code maxPages} pages, {@code delay} between requests. */
public record CrawlLimits(int maxDepth, int maxPages, Duration delay) {

    public CrawlLimits {
        Objects.requireNonNull(delay, "delay");
        if (maxDepth < 0 || maxDepth > 10) throw new IllegalArgumentException("A crawl follows links 0 to 10 deep.");
        if (maxPages < 1 || maxPages > 1000) throw new IllegalArgumentException("A crawl reads 1 to 1000 pages.");
        if (delay.isNegative()) throw new IllegalArgumentException("The delay between requests cannot be negative.");
    }

    /** Three links deep, fifty pages, one second between requests. */
    public static CrawlLimits defaults() {
        return new CrawlLimits(3, 50, Duration.ofSeconds(1));
    }
}
