package org.botserver.application.job;

import java.time.Instant;
import java.util.Objects;
import org.botserver.domain.bot.BotId;

/** One due run of a scheduled dialog: the bot, the dialog and the minute the schedule ticked. */
public record JobTick(BotId botId, String dialog, Instant tick) {

    public JobTick {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(dialog, "dialog");
        Objects.requireNonNull(tick, "tick");
    }

    /** The user a scheduled run is performed for, so memory and session values know it was a job. */
    public String userId() {
        return "job:" + dialog;
    }
}
