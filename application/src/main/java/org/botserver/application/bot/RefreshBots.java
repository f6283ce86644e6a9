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
}
