package org.botserver.application.bot;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.botserver.domain.basic.runtime.ExecutionState;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;

/**
 * Deletes a kept dialog version only when it is not live on this server, no server has noted it live for the grace
 * period (so no conversation can start on it any more), and no unended conversation's saved state refers to it.
 * The live versions are noted first, so a bot that has not changed for months keeps its versions.
 */
public final class SweepDialogVersionsService implements SweepDialogVersions {

    private static final System.Logger LOG = System.getLogger(SweepDialogVersionsService.class.getName());

    private final DialogVersionStore store;
    private final SuspendedDialogs suspended;
    private final BotCatalog bots;
    private final Clock clock;
    private final Duration grace;

    public SweepDialogVersionsService(DialogVersionStore store, SuspendedDialogs suspended, BotCatalog bots, Clock clock,
                                      Duration grace) {
        this.store = Objects.requireNonNull(store, "store");
        this.suspended = Objects.requireNonNull(suspended, "suspended");
        this.bots = Objects.requireNonNull(bots, "bots");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    @Override
    public int sweep() {
        Instant now = clock.instant();
        for (Bot bot : bots.all()) store.keepLive(bot.id(), bot.liveVersions(), now);
        Instant cutoff = now.minus(grace);
        Map<BotId, List<StoredDialogVersion>> candidates = store.notLiveSince(cutoff).stream()
                .collect(Collectors.groupingBy(StoredDialogVersion::bot));
        int forgotten = 0;
        for (Map.Entry<BotId, List<StoredDialogVersion>> perBot : candidates.entrySet()) {
            Set<StoredDialogVersion> referenced = referenced(perBot.getKey());
            for (StoredDialogVersion version : perBot.getValue()) {
                if (!referenced.contains(version) && store.forget(version, cutoff)) forgotten++;
            }
        }
        if (forgotten > 0) LOG.log(Level.INFO, "Deleted {0} dialog versions no conversation waits in", forgotten);
        return forgotten;
    }

    private Set<StoredDialogVersion> referenced(BotId bot) {
        Set<StoredDialogVersion> referenced = new HashSet<>();
        suspended.forEachState(bot, bytes -> {
            try {
                ExecutionState.fromBytes(bytes).dialogVersions()
                        .forEach((dialog, version) -> referenced.add(new StoredDialogVersion(bot, dialog, version)));
            } catch (IllegalArgumentException unreadable) {
                // A state this server cannot read cannot be resumed either: it keeps no version alive.
            }
        });
        return referenced;
    }
}
