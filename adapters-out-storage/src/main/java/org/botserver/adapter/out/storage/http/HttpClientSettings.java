package org.botserver.adapter.out.storage.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of the guarded client: the time one fetch may take in all (redirects included), the largest answer
 * body read, the redirects followed, and the hosts allowed to be private.
 */
public record HttpClientSettings(Duration timeout, long maxResponseBytes, int maxRedirects, AllowedHosts allowedHosts) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    public HttpClientSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(allowedHosts, "allowedHosts");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("The HTTP timeout must be positive, got " + timeout + ".");
        if (maxResponseBytes < 1) throw new IllegalArgumentException("The HTTP response cap must be at least 1 byte, got " + maxResponseBytes + ".");
        if (maxRedirects < 0) throw new IllegalArgumentException("The HTTP redirect cap cannot be negative, got " + maxRedirects + ".");
    }

    /** 30 s, 5 MiB, 5 redirects, no private host allowed. */
    public static HttpClientSettings defaults() {
        return new HttpClientSettings(DEFAULT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_REDIRECTS, AllowedHosts.none());
    }
}
