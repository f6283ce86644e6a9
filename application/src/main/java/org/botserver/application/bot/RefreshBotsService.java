package org.botserver.application.bot;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.botserver.application.bot.LoadedBots.Entry;
import org.botserver.application.bot.RefreshReport.Change;
import org.botserver.application.table.SeedBotTables;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.botserver.domain.bot.DialogRetention;
import org.botserver.domain.bot.PackageLimits;
import org.botserver.domain.bot.PackagePath;
import org.botserver.domain.bot.PackagePolicy;

/**
 * Compares each package's version in storage (a hash of its files' fingerprints) with the version last seen and
 * reloads only the packages that changed, seeding the bot's tables from its {@code .gbdata} CSV files; one refresh
 * runs at a time, so a poll and an upload never interleave.
 */
public final class RefreshBotsService implements RefreshBots {

    private static final System.Logger LOG = System.getLogger(RefreshBotsService.class.getName());

    private final ObjectStore store;
    private final LoadedBots bots;
    private final PackageLimits limits;
    private final DialogRetention retention;
    private final Clock clock;
    private final SeedBotTables seeds;
    private final DialogVersions versions;
    private final ConfigCache configs;
    private final ReentrantLock lock = new ReentrantLock();

    /** For a server without bot tables: the packages' .gbdata files are not read. */
    public RefreshBotsService(ObjectStore store, LoadedBots bots, PackageLimits limits, DialogRetention retention,
                              Clock clock) {
        this(store, bots, limits, retention, clock, (bot, files) -> List.of());
    }

    public RefreshBotsService(ObjectStore store, LoadedBots bots, PackageLimits limits, DialogRetention retention,
                              Clock clock, SeedBotTables seeds) {
        this(store, bots, limits, retention, clock, seeds, DialogVersions.IN_MEMORY_ONLY);
    }

    /** Keeping every dialog version the bots run in {@code versions}, for conversations resumed after a restart. */
    public RefreshBotsService(ObjectStore store, LoadedBots bots, PackageLimits limits, DialogRetention retention,
                              Clock clock, SeedBotTables seeds, DialogVersions versions) {
        this(store, bots, limits, retention, clock, seeds, versions, ConfigCache.NONE);
    }

    /** Also reading each config.csv through {@code configs}, which a reload of a changed or removed one invalidates. */
    public RefreshBotsService(ObjectStore store, LoadedBots bots, PackageLimits limits, DialogRetention retention,
                              Clock clock, SeedBotTables seeds, DialogVersions versions, ConfigCache configs) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.configs = Objects.requireNonNull(configs, "configs");
        this.store = Objects.requireNonNull(store, "store");
        this.bots = Objects.requireNonNull(bots, "bots");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
    }

    @Override
    public RefreshReport refresh() {
        lock.lock();
        try {
            List<BotId> stored = store.packages();
            Map<BotId, Change> changes = new HashMap<>();
            for (BotId id : stored) changes.put(id, refresh(id));
            for (BotId gone : bots.ids()) {
                if (!stored.contains(gone) && bots.remove(gone)) {
                    configs.forget(gone);
                    changes.put(gone, Change.REMOVED);
                    LOG.log(Level.INFO, "Bot {0} was removed from storage and is no longer served.", gone);
                }
            }
            return new RefreshReport(changes);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Change refresh(BotId id) {
        lock.lock();
        try {
            return reload(id);
        } catch (ObjectStoreException e) {
            LOG.log(Level.WARNING, "Bot {0} could not be read from storage; it is tried again on the next poll: {1}",
                    id, e.getMessage());
            return Change.UNREADABLE;
        } finally {
            lock.unlock();
        }
    }

    private Change reload(BotId id) {
        List<StoredObject> objects = store.list(id);
        Optional<Entry> known = bots.entry(id);
        if (objects.isEmpty()) {
            configs.forget(id);
            return bots.remove(id) ? Change.REMOVED : Change.UNCHANGED;
        }
        Map<String, String> fingerprints = new HashMap<>();
        objects.forEach(o -> fingerprints.put(o.path().value(), o.fingerprint()));
        String version = BotPackage.versionOf(fingerprints);
        if (known.isPresent() && known.get().seenVersion().equals(version)) return Change.UNCHANGED;
        Optional<Bot> running = known.flatMap(Entry::bot);
        List<String> breaches = PackagePolicy.breaches(id, objects.stream().map(StoredObject::file).toList(), limits);
        if (!breaches.isEmpty()) return refuse(id, running, version, breaches);
        List<PackagePath> paths = objects.stream().map(StoredObject::path).toList();
        BotPackage source = PackageAssembler.assemble(id, version, paths, PackageReads.of(store, configs, id, objects));
        if (running.isPresent()) {
            Bot revised = versions.keep(running.get().revise(source, clock.instant(), retention), clock.instant());
            // Seeded before the bot is served, so its first conversation already finds the seeded rows.
            seeds.seed(id, PackageData.csvFiles(id, paths, path -> store.read(id, path)));
            bots.put(Entry.running(revised));
            LOG.log(Level.INFO, "Bot {0} updated to version {1}, dialogs {2}{3}", id, version, revised.dialogNames(),
                    problems(revised.problems()));
            return Change.UPDATED;
        }
        return switch (Bot.load(source, clock.instant())) {
            case BotLoad.Loaded(Bot loaded) -> {
                Bot bot = versions.keep(loaded, clock.instant());
                seeds.seed(id, PackageData.csvFiles(id, paths, path -> store.read(id, path)));
                bots.put(Entry.running(bot));
                LOG.log(Level.INFO, "Bot {0} loaded, version {1}, dialogs {2}{3}", id, version, bot.dialogNames(),
                        problems(bot.problems()));
                yield Change.LOADED;
            }
            case BotLoad.Rejected rejected -> refuse(id, running, version, rejected.problems());
        };
    }

    private Change refuse(BotId id, Optional<Bot> running, String version, List<String> problems) {
        bots.put(new Entry(id, running, version, problems));
        LOG.log(Level.WARNING, "Bot {0} version {1} was not loaded{2}:{3}", id, version,
                running.isPresent() ? "; version " + running.get().version() + " stays live" : "", problems(problems));
        return Change.REFUSED;
    }

    private static String problems(List<String> problems) {
        return problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems);
    }
}
