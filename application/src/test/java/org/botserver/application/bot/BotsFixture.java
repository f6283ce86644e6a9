package org.botserver.application.bot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.DialogRetention;
import org.botserver.domain.bot.PackageLimits;

/** An in-memory store with the bot use cases wired on it, as the server wires them. */
final class BotsFixture {

    final InMemoryObjectStore store = new InMemoryObjectStore();
    final LoadedBots bots = new LoadedBots();
    final RefreshBots refresh;
    final InspectBot inspect;
    final DeployBot deploy;
    final RemoveBot remove;

    BotsFixture() {
        this(PackageLimits.defaults());
    }

    BotsFixture(PackageLimits limits) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        refresh = new RefreshBotsService(store, bots, limits, DialogRetention.defaults(), clock);
        inspect = new InspectBotService(bots);
        deploy = new DeployBotService(store, refresh, inspect, limits, clock);
        remove = new RemoveBotService(store, refresh);
    }

    Bot bot(String id) {
        return bots.find(new BotId(id)).orElseThrow(() -> new AssertionError("no bot " + id));
    }

    BotDetails details(String id) {
        return inspect.inspect(new BotId(id));
    }
}
