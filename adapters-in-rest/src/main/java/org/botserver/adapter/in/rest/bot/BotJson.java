package org.botserver.adapter.in.rest.bot;

import jakarta.json.bind.annotation.JsonbProperty;
import org.botserver.application.bot.BotSummary;

/** A bot in the list: {@code {"bot_id": "hello", "name": "hello"}}. */
public record BotJson(@JsonbProperty("bot_id") String botId, String name) {

    static BotJson of(BotSummary bot) {
        return new BotJson(bot.id().value(), bot.name());
    }
}
