package org.botserver.bootstrap;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A background task the server runs every interval on one daemon thread of its own (job ticks, mail rounds, the
 * dialog-version sweep, website refreshes); closed with the application. A failed run is logged and the next one
 * comes: a throw would otherwise cancel the fixed-delay task for good.
 */
final class Chore implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Chore.class.getName());

    private final ScheduledExecutorService executor;

    private Chore(ThreadFactory threads, String what, Duration every, Runnable task) {
        this.executor = Executors.newSingleThreadScheduledExecutor(threads);
        executor.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " failed; tried again in " + every.toSeconds() + " s: " + e.getMessage(), e);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the task every interval, first one interval from now, on a daemon thread with this name. */
    static Chore every(Duration every, String threadName, String what, Runnable task) {
        return every(every, Thread.ofPlatform().daemon().name(threadName).factory(), what, task);
    }

    /** As {@link #every(Duration, String, String, Runnable)}, on threads the caller makes. */
    static Chore every(Duration every, ThreadFactory threads, String what, Runnable task) {
        LOG.log(Level.INFO, "{0} every {1} s", what, every.toSeconds());
        return new Chore(threads, what, every, task);
    }

    @Override
    public void close() {
        stop(executor);
    }

    /** Stops a background executor with the application: its task interrupted, at most 5 s to finish. */
    static void stop(ExecutorService executor) {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
