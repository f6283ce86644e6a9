package org.botserver.bootstrap;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.botserver.application.job.JobTick;
import org.botserver.application.job.RunDueJobs;
import org.botserver.application.memory.MemoryStore;

/**
 * Checks for due scheduled dialogs every few seconds on one background thread, and now and then forgets expired
 * REMEMBERed values; closed with the application. Every server ticks; the database lets one run each tick.
 */
final class JobTicker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(JobTicker.class.getName());
    static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final RunDueJobs jobs;
    private final MemoryStore memory;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private Instant purgedAt = Instant.MIN;

    private JobTicker(RunDueJobs jobs, MemoryStore memory, Clock clock) {
        this.jobs = jobs;
        this.memory = memory;
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("job-ticker").factory());
    }

    static JobTicker start(RunDueJobs jobs, MemoryStore memory, Clock clock, Duration every) {
        JobTicker ticker = new JobTicker(jobs, memory, clock);
        ticker.executor.scheduleWithFixedDelay(ticker::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        LOG.log(Level.INFO, "Checking for scheduled dialogs every {0} s", every.toSeconds());
        return ticker;
    }

    private void check() {
        // A throw would cancel the fixed-delay task for good, so every failure is logged and the next check comes.
        try {
            List<JobTick> ran = jobs.runDue();
            if (!ran.isEmpty()) LOG.log(Level.INFO, "Scheduled dialogs run: {0}", ran);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checking for scheduled dialogs failed: " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        if (purgedAt.plus(PURGE_EVERY).isAfter(now)) return;
        purgedAt = now;
        try {
            int forgotten = memory.forgetExpired(now);
            if (forgotten > 0) LOG.log(Level.INFO, "Forgot {0} expired remembered values", forgotten);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting expired remembered values failed: " + e.getMessage());
        }
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
