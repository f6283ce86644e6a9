package org.botserver.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import org.botserver.adapter.out.storage.filesystem.FileSystemObjectStore;
import org.botserver.adapter.out.storage.s3.S3ObjectStore;
import org.botserver.application.bot.DialogVersions;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.ObjectStore;
import org.botserver.application.bot.ObjectStoreException;
import org.botserver.application.bot.RefreshBots;
import org.botserver.application.bot.RefreshBotsService;
import org.botserver.application.bot.SweepDialogVersionsService;
import org.botserver.application.cache.StoredConfigCache;
import org.botserver.application.table.SeedBotTables;

/**
 * The bots for the application's lifetime: the object store chosen by configuration (S3 when STORAGE_URL is set,
 * else the bots folder), the bots loaded from it at start-up, the poller that keeps them in line with it, and the
 * dialog versions they run, kept in the database and swept when no conversation waits in them any more.
 */
@ApplicationScoped
public class BotPackages {

    private static final System.Logger LOG = System.getLogger(BotPackages.class.getName());

    @Inject
    BotSettings settings;
    @Inject
    SeedBotTables seedTables;
    @Inject
    Database database;
    @Inject
    CacheWiring caches;

    private ObjectStore store;
    private final LoadedBots bots = new LoadedBots();
    private RefreshBots refresh;
    private PackagePoller poller;
    private Chore sweeper;

    @PostConstruct
    void start() {
        store = settings.storageUrl()
                .<ObjectStore>map(url -> {
                    LOG.log(Level.INFO, "Bot packages are kept in S3 at {0}, bucket {1}", url, settings.storageBucket());
                    return S3ObjectStore.connect(url, settings.storageAccessKey(), settings.storageSecretKey(),
                            settings.storageBucket());
                })
                .orElseGet(() -> {
                    Path dir = Path.of(settings.botsDir()).toAbsolutePath().normalize();
                    LOG.log(Level.INFO, "Bot packages are kept in the folder {0}", dir);
                    return new FileSystemObjectStore(dir);
                });
        refresh = new RefreshBotsService(store, bots, settings.limits(), settings.retention(), Clock.systemUTC(),
                seedTables, new DialogVersions(database.dialogVersions()), new StoredConfigCache(caches.cacheStore()));
        try {
            LOG.log(Level.INFO, "Bots loaded: {0}", refresh.refresh().changed());
        } catch (ObjectStoreException e) {
            // The server still starts: the poller keeps trying, backing off, and loads the bots once storage answers.
            LOG.log(Level.ERROR, "The bot packages could not be listed at start-up; retrying in the background: {0}", e.getMessage());
        }
        poller = PackagePoller.start(refresh, settings.pollSchedule());
        var sweep = new SweepDialogVersionsService(database.dialogVersions(), database.suspendedDialogs(), bots,
                Clock.systemUTC(), settings.sweepGrace());
        sweeper = Chore.every(settings.sweepEvery(), "dialog-version-sweeper", "Sweeping the kept dialog versions", sweep::sweep);
    }

    @PreDestroy
    void stop() {
        if (poller != null) poller.close();
        if (sweeper != null) sweeper.close();
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Closing the object store failed: {0}", e.getMessage());
            }
        }
    }

    ObjectStore store() { return store; }

    LoadedBots bots() { return bots; }

    RefreshBots refresh() { return refresh; }
}
