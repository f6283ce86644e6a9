package org.botserver.application.bot;

import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Brings the running bots in line with their packages in storage: at start-up, then on every poll. */
@PrimaryPort
public interface RefreshBots {

    /**
     * Loads new packages, revises changed ones, retires removed ones; a package that cannot be read or
     * loaded costs that bot only. Throws {@link ObjectStoreException} when the store cannot be listed at all.
     */
    RefreshReport refresh();

    /** The same for one bot. */
    RefreshReport.Change refresh(BotId bot);

    /**
     * Makes a change to the bot's package in storage (a deploy, a delete), then refreshes the bot, with no poll in
     * between: a poll never sees the package while the change is under way. Failures of the change propagate.
     */
    RefreshReport.Change refreshAfter(BotId bot, Runnable change);
}
