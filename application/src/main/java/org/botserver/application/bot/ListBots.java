package org.botserver.application.bot;

import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Lists the bots a user can start a conversation with. */
@PrimaryPort
public interface ListBots {

    /** Every loaded bot, ordered by id. */
    List<BotSummary> list();
}
