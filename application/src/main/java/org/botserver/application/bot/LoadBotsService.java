package org.botserver.application.bot;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;

/** Reads every package from the source and compiles it into a bot. */
public final class LoadBotsService implements LoadBots {

    private static final System.Logger LOG = System.getLogger(LoadBotsService.class.getName());

    private final BotPackageSource source;

    public LoadBotsService(BotPackageSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public LoadedBots load() {
        List<Bot> bots = new ArrayList<>();
        List<BotLoad.Rejected> rejected = new ArrayList<>();
        for (BotId id : source.list()) {
            switch (compile(id)) {
                case BotLoad.Loaded(Bot bot) -> {
                    bots.add(bot);
                    LOG.log(Level.INFO, "Loaded bot {0} with dialogs {1}", id, bot.dialogNames());
                }
                case BotLoad.Rejected refusal -> {
                    rejected.add(refusal);
                    LOG.log(Level.WARNING, "Bot {0} was not loaded:\n{1}", id, String.join("\n", refusal.problems()));
                }
            }
        }
        return new LoadedBots(bots, rejected);
    }

    private BotLoad compile(BotId id) {
        try {
            return source.read(id).compile();
        } catch (RuntimeException e) {
            // An unreadable package (I/O error, bad encoding) costs that bot only, not the server's start.
            return new BotLoad.Rejected(id, List.of("The package could not be loaded: " + e.getMessage()));
        }
    }
}
