package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.botserver.adapter.out.storage.http.AllowedHosts;
import org.botserver.adapter.out.storage.http.HttpClientSettings;
import org.botserver.adapter.out.storage.http.OkHttpFetcher;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.http.HttpFetcher;
import org.botserver.application.http.HttpKeywordsHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP keywords on the guarded OkHttp client, which needs no service, so every server has them: limits from
 * {@code http.timeout.seconds} (30), {@code http.max.response.kib} (5120) and {@code http.max.redirects} (5), and
 * {@code http.allowed.hosts}, the hosts bots may reach although they are not public.
 */
@ApplicationScoped
public class HttpWiring {

    @Produces
    @Singleton
    OkHttpFetcher okHttpFetcher(@ConfigProperty(name = "http.timeout.seconds", defaultValue = "30") int seconds,
                                @ConfigProperty(name = "http.max.response.kib", defaultValue = "5120") long kib,
                                @ConfigProperty(name = "http.max.redirects", defaultValue = "5") int redirects,
                                @ConfigProperty(name = "http.allowed.hosts") Optional<String> allowed) {
        return OkHttpFetcher.create(new HttpClientSettings(Duration.ofSeconds(Math.max(1, seconds)), Math.max(1, kib) * 1024,
                Math.max(0, redirects), AllowedHosts.parse(allowed.orElse(""))));
    }

    void closeFetcher(@Disposes OkHttpFetcher fetcher) {
        fetcher.close();
    }

    /**
     * Joins Wiring's capability registry for POST, PUT, PATCH and SET HEADER, and is handed to the session GET and the
     * table DELETE, which pass it a GET or DELETE of a URL.
     */
    @Produces
    @Singleton
    HttpKeywordsHandler httpKeywords(HttpFetcher fetcher, CacheStore cache) {
        return new HttpKeywordsHandler(fetcher, cache);
    }
}
