package org.botserver.bootstrap;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.botserver.application.bot.SweepDialogVersions;

/** Sweeps the kept dialog versions on one background thread, every interval; closed with the application. */
final class DialogVersionSweeper implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DialogVersionSweeper.class.getName());

    private final ScheduledExecutorService executor =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("dialog-version-sweeper").factory());

    private DialogVersionSweeper(SweepDialogVersions sweep, Duration every) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                sweep.sweep();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sweeping the kept dialog versions failed; tried again in {0} min: {1}",
                        every.toMinutes(), e.getMessage());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    static DialogVersionSweeper start(SweepDialogVersions sweep, Duration every) {
        LOG.log(Level.INFO, "Sweeping the kept dialog versions every {0} min", every.toMinutes());
        return new DialogVersionSweeper(sweep, every);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
