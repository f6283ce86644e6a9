package org.botserver.application.knowledge;

import java.time.Duration;
import java.util.Objects;
import org.botserver.domain.bot.BotId;

/** A bot's dialog reads a web site into a knowledge base, read again every {@code refresh} (at least an hour). */
public record UseWebsiteCommand(BotId bot, WebsiteAddress site, Duration refresh) {

    public static final Duration DEFAULT_REFRESH = Duration.ofDays(7);

    public UseWebsiteCommand {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(refresh, "refresh");
        if (refresh.compareTo(Duration.ofHours(1)) < 0) throw new IllegalArgumentException("A site is read again at most every hour.");
    }
}
