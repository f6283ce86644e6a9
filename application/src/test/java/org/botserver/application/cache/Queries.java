package org.botserver.application.cache;

import org.botserver.domain.bot.BotId;

/** Queries of one bot in one context, told apart by their message, for the cache tests. */
final class Queries {

    private Queries() {}

    static final BotId BOT = new BotId("faq");

    static CacheQuery ask(String message) {
        return new CacheQuery(BOT, "gpt-4o-mini", "You answer questions about travel.", "[]", "[]", message,
                CacheSettings.on());
    }

    static CacheQuery withHistory(String history, String message) {
        return new CacheQuery(BOT, "gpt-4o-mini", "You answer questions about travel.", "[]", history, message,
                CacheSettings.on());
    }
}
