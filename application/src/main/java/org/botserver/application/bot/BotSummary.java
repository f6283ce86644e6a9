package org.botserver.application.bot;

import java.util.Objects;
import org.botserver.domain.bot.BotId;

/** A bot as listed to clients: its id and its name. */
public record BotSummary(BotId id, String name) {

    public BotSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
