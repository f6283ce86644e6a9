package org.botserver.application.job;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.botserver.application.bot.BotCatalog;
import org.botserver.domain.basic.Program;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.schedule.Schedule;

/**
 * Finds the ticks of every SET SCHEDULE of every loaded bot since the previous check and runs each tick this
 * server wins the claim for. The jobs are read from the bot catalog at each check, so deploying, updating or
 * removing a bot changes its jobs from the next check on. The first check starts from the moment the service
 * was made: ticks from before the server started are not run.
 */
public final class RunDueJobsService implements RunDueJobs {

    private static final System.Logger LOG = System.getLogger(RunDueJobsService.class.getName());

    private final BotCatalog bots;
    private final JobRuns runs;
    private final UnattendedRun runner;
    private final Clock clock;
    private final ZoneId zone;
    private final ReentrantLock checking = new ReentrantLock();
    private Instant checkedUpTo;

    public RunDueJobsService(BotCatalog bots, JobRuns runs, UnattendedRun runner, Clock clock, ZoneId zone) {
        this.bots = Objects.requireNonNull(bots, "bots");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.checkedUpTo = clock.instant();
    }

    @Override
    public List<JobTick> runDue() {
        checking.lock();
        try {
            Instant now = clock.instant();
            if (!now.isAfter(checkedUpTo)) return List.of();
            List<JobTick> ran = new ArrayList<>();
            for (Bot bot : bots.all()) {
                for (Program program : bot.programs()) {
                    for (JobTick tick : ticks(bot, program, now)) {
                        if (runClaimed(bot, tick)) ran.add(tick);
                    }
                }
            }
            checkedUpTo = now;
            return ran;
        } finally {
            checking.unlock();
        }
    }

    private List<JobTick> ticks(Bot bot, Program program, Instant now) {
        List<JobTick> ticks = new ArrayList<>();
        for (String text : program.schedules()) {
            // The compiler refused invalid schedules, so every text here parses.
            Schedule.of(text).ticksBetween(checkedUpTo, now, zone).stream()
                    .map(at -> new JobTick(bot.id(), program.name(), at))
                    .filter(tick -> !ticks.contains(tick)).forEach(ticks::add);
        }
        return ticks;
    }

    /** Claims and runs one tick; a failure costs this tick only, never the other jobs of the check. */
    private boolean runClaimed(Bot bot, JobTick tick) {
        try {
            if (!runs.claim(tick, clock.instant())) return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not claim " + describe(tick) + "; it is not run: " + e.getMessage());
            return false;
        }
        JobOutcome outcome;
        try {
            outcome = runner.run(bot, tick.dialog(), Map.of(), tick.userId());
        } catch (RuntimeException e) {
            outcome = JobOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (outcome.status() == JobOutcome.Status.FAILED) {
            LOG.log(Level.WARNING, describe(tick) + " failed: " + outcome.detail());
        }
        try {
            runs.finish(tick, clock.instant(), outcome);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the end of " + describe(tick) + ": " + e.getMessage());
        }
        return true;
    }

    private static String describe(JobTick tick) {
        return "The scheduled dialog " + tick.dialog() + " of bot " + tick.botId() + " at " + tick.tick();
    }
}
