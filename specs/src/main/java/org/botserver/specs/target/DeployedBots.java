package org.botserver.specs.target;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.application.bot.BotCatalog;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;

/** The bots a scenario deployed in-process, seen as the server's catalog: later deployments are seen at once. */
record DeployedBots(Map<BotId, Bot> bots) implements BotCatalog {

    @Override
    public Optional<Bot> find(BotId id) {
        return Optional.ofNullable(bots.get(id));
    }

    @Override
    public List<Bot> all() {
        return bots.values().stream().sorted(Comparator.comparing(bot -> bot.id().toString())).toList();
    }
}
