package org.botserver.bootstrap;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.botserver.application.bot.PollSchedule;
import org.botserver.application.bot.RefreshBots;
import org.botserver.application.bot.RefreshReport;

/**
 * The drive monitor: refreshes the bots from storage on one background thread, every interval after a good poll
 * and backing off after failed ones; closed with the application.
 */
final class PackagePoller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PackagePoller.class.getName());

    private final RefreshBots refresh;
    private final PollSchedule schedule;
    private final ScheduledExecutorService executor;
    private int failuresInARow;

    private PackagePoller(RefreshBots refresh, PollSchedule schedule) {
        this.refresh = refresh;
        this.schedule = schedule;
        this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("bot-package-poller").factory());
    }

    static PackagePoller start(RefreshBots refresh, PollSchedule schedule) {
        PackagePoller poller = new PackagePoller(refresh, schedule);
        poller.next();
        LOG.log(Level.INFO, "Watching the bot packages every {0} s", schedule.interval().toSeconds());
        return poller;
    }

    private void next() {
        if (executor.isShutdown()) return;
        executor.schedule(this::poll, schedule.delayAfter(failuresInARow).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            RefreshReport report = refresh.refresh();
            Map<String, RefreshReport.Change> changed = report.changed();
            if (!changed.isEmpty()) LOG.log(Level.INFO, "Bot packages changed: {0}", changed);
            failuresInARow = report.storeFailed() ? failuresInARow + 1 : 0;
        } catch (RuntimeException e) {
            failuresInARow++;
            LOG.log(Level.WARNING, "Polling the bot packages failed; next try in {0} s: {1}",
                    schedule.delayAfter(failuresInARow).toSeconds(), e.getMessage());
        } finally {
            try {
                next();
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed while polling: the application is stopping
            }
        }
    }

    @Override
    public void close() {
        // Its own executor, not a Chore: the next poll's delay backs off after failures.
        Chore.stop(executor);
    }
}
