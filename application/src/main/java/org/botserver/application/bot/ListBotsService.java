package org.botserver.application.bot;

import java.util.List;
import java.util.Objects;

/** Lists the loaded bots from the catalog. */
public final class ListBotsService implements ListBots {

    private final BotCatalog catalog;

    public ListBotsService(BotCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public List<BotSummary> list() {
        return catalog.all().stream().map(bot -> new BotSummary(bot.id(), bot.name())).toList();
    }
}
