package org.botserver.application.bot;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;

/** The outcome of loading every bot package: the compiled bots, immutable and safe to share, and the refusals. */
public final class LoadedBots implements BotCatalog {

    private final Map<BotId, Bot> bots;
    private final List<Bot> ordered;
    private final List<BotLoad.Rejected> rejected;

    public LoadedBots(List<Bot> bots, List<BotLoad.Rejected> rejected) {
        this.bots = bots.stream().collect(Collectors.toUnmodifiableMap(Bot::id, Function.identity()));
        this.ordered = bots.stream().sorted(Comparator.comparing(bot -> bot.id().value())).toList();
        this.rejected = List.copyOf(rejected);
    }

    @Override
    public Optional<Bot> find(BotId id) { return Optional.ofNullable(bots.get(id)); }

    @Override
    public List<Bot> all() { return ordered; }

    /** The packages that could not be loaded, with the reasons. */
    public List<BotLoad.Rejected> rejected() { return rejected; }
}
