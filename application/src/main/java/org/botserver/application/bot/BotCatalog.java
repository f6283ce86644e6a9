package org.botserver.application.bot;

import java.util.List;
import java.util.Optional;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The bots this server has loaded and can hold conversations with. */
@SecondaryPort
public interface BotCatalog {

    Optional<Bot> find(BotId id);

    /** Every loaded bot, ordered by id. */
    List<Bot> all();
}
