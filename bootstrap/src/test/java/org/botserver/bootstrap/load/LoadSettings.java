package org.botserver.bootstrap.load;

import java.net.URI;
import java.time.Duration;

/**
 * What one load run does, from system properties: the server, the bot, how many conversations, how many
 * messages in flight at once, and how long to warm up and then measure.
 */
record LoadSettings(URI server, String bot, int conversations, int concurrency, Duration warmup, Duration duration) {

    LoadSettings {
        if (concurrency < 1) throw new IllegalArgumentException("load.concurrency must be at least 1, not " + concurrency + ".");
        // Each worker owns its conversations, so two messages never race for one conversation (which would be a 409).
        if (conversations < concurrency) {
            throw new IllegalArgumentException("load.conversations (" + conversations
                    + ") must be at least load.concurrency (" + concurrency + ").");
        }
        if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException("load.duration must be positive.");
    }

    static LoadSettings fromSystemProperties() {
        int concurrency = Integer.getInteger("load.concurrency", 64);
        return new LoadSettings(URI.create(System.getProperty("botserver.url", "http://127.0.0.1:8080")),
                System.getProperty("load.bot", "load"),
                Integer.getInteger("load.conversations", concurrency * 4),
                concurrency,
                Duration.ofSeconds(Long.getLong("load.warmup", 10)),
                Duration.ofSeconds(Long.getLong("load.duration", 30)));
    }

    @Override
    public String toString() {
        return "bot " + bot + ", " + conversations + " conversations, concurrency " + concurrency + ", warm-up "
                + warmup.toSeconds() + " s, measured " + duration.toSeconds() + " s";
    }
}
