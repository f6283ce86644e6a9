package org.botserver.bootstrap;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    private Chore chore;
    private Instant purgedAt = Instant.MIN;

    private JobTicker(RunDueJobs jobs, MemoryStore memory, Clock clock) {
        this.jobs = jobs;
        this.memory = memory;
        this.clock = clock;
    }

    static JobTicker start(RunDueJobs jobs, MemoryStore memory, Clock clock, Duration every) {
        JobTicker ticker = new JobTicker(jobs, memory, clock);
        ticker.chore = Chore.every(every, "job-ticker", "Checking for scheduled dialogs", ticker::check);
        return ticker;
    }

    private void check() {
        // Each part on its own: a failed check must not keep expired values from being forgotten.
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
        chore.close();
    }
}
