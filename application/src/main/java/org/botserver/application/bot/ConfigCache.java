package org.botserver.application.bot;

import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Keeps each bot's config.csv, with the fingerprint storage gave it, for a few minutes, so a reload reads the file
 * from storage only when it changed or the entry is gone; shared by every server when the cache is. Entries hold
 * secrets like the file does, so they are never logged. Implementations treat an unreachable store as a miss.
 */
@SecondaryPort
public interface ConfigCache {

    /** No cache: every reload reads config.csv from storage. */
    ConfigCache NONE = new ConfigCache() {
        @Override
        public Optional<String> find(BotId bot, String fingerprint) {
            return Optional.empty();
        }

        @Override
        public void keep(BotId bot, String fingerprint, String text) {
        }

        @Override
        public void forget(BotId bot) {
        }
    };

    /** The config.csv text kept for the bot, only if it was kept for a file with this fingerprint. */
    Optional<String> find(BotId bot, String fingerprint);

    void keep(BotId bot, String fingerprint, String text);

    /** The bot's config.csv changed or went away: nothing kept for it before now is found again. */
    void forget(BotId bot);
}
