package org.botserver.application.cache;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.bot.ConfigCache;
import org.botserver.domain.bot.BotId;

/**
 * The config cache in the cache store (Caffeine in process, Redis when shared): {@code config:{bot_id}} for five
 * minutes, holding the fingerprint of the config.csv it was read from and its text. The fingerprint is checked on
 * every read, so a server that sees a newer file in storage never takes an older entry another server left.
 */
public final class StoredConfigCache implements ConfigCache {

    public static final Duration TTL = Duration.ofMinutes(5);
    private static final System.Logger LOG = System.getLogger(StoredConfigCache.class.getName());

    private final CacheStore store;

    public StoredConfigCache(CacheStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** {@code config:{bot_id}}. */
    public static String key(BotId bot) {
        return "config:" + bot.value();
    }

    @Override
    public Optional<String> find(BotId bot, String fingerprint) {
        try {
            // The fingerprint is an ETag or size and time: it never holds a line break, so the first one ends it.
            return store.get(key(bot)).filter(entry -> entry.startsWith(fingerprint + "\n"))
                    .map(entry -> entry.substring(fingerprint.length() + 1));
        } catch (CacheUnavailableException e) {
            LOG.log(Level.WARNING, "Config cache lookup for bot {0} skipped: {1}", bot, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void keep(BotId bot, String fingerprint, String text) {
        if (fingerprint.contains("\n")) return;
        try {
            store.put(key(bot), fingerprint + "\n" + text, TTL);
        } catch (CacheUnavailableException e) {
            LOG.log(Level.WARNING, "Config of bot {0} not cached: {1}", bot, e.getMessage());
        }
    }

    @Override
    public void forget(BotId bot) {
        try {
            store.remove(key(bot));
        } catch (CacheUnavailableException e) {
            // An entry that cannot be removed now still names the old file's fingerprint, so no reload takes it.
            LOG.log(Level.WARNING, "Config cache entry of bot {0} not removed: {1}", bot, e.getMessage());
        }
    }
}
