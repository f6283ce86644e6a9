package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.TestBots;
import org.botserver.application.capability.CapabilityRegistry;
import org.botserver.application.job.JobTick;
import org.botserver.application.job.RunDueJobs;
import org.botserver.application.job.RunDueJobsService;
import org.botserver.application.job.ScheduleDeclarationHandler;
import org.botserver.application.job.UnattendedRun;
import org.botserver.application.memory.MemoryKey;
import org.botserver.application.memory.MemoryKeywordsHandler;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers, each with its own connection pool, job runner and executor, on one PostgreSQL: a job due once runs
 * once, whichever server's check comes first.
 */
class JobOnceAcrossServersTest {

    private static final Instant START = Instant.parse("2026-11-25T08:59:30Z");

    private static TwoServersOneDatabase servers;
    private static PostgresPersistence first;
    private static PostgresPersistence second;

    @BeforeAll
    static void startTwoServersOnOneDatabase() {
        servers = TwoServersOneDatabase.start(JobOnceAcrossServersTest.class, 4);
        first = servers.first();
        second = servers.second();
    }

    @AfterAll
    static void stopThem() {
        if (servers != null) servers.close();
    }

    /** One wall clock both servers read, moved by the test. */
    private static final class SharedClock extends Clock {
        volatile Instant now = START;

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    private static RunDueJobs server(PostgresPersistence persistence, LoadedBots bots, Clock clock) {
        CapabilityRegistry capabilities = new CapabilityRegistry(List.of(
                new MemoryKeywordsHandler(persistence.memory(), clock), new ScheduleDeclarationHandler()));
        return new RunDueJobsService(bots, persistence.jobRuns(), new UnattendedRun(capabilities, Limits.defaults()),
                clock, ZoneOffset.UTC);
    }

    @Test
    void a_job_due_once_runs_once_when_two_servers_check_at_the_same_moment() throws Exception {
        String bot = "jobs-" + Long.toHexString(System.nanoTime());
        LoadedBots bots = TestBots.catalog(TestBots.bot(bot, """
                SET SCHEDULE "0 9 * * *"
                n = GET BOT MEMORY("runs")
                IF ISNULL(n) THEN n = 0
                SET BOT MEMORY "runs", n + 1
                """));
        SharedClock clock = new SharedClock();
        RunDueJobs one = server(first, bots, clock);
        RunDueJobs two = server(second, bots, clock);
        clock.now = START.plus(Duration.ofSeconds(45));

        ExecutorService onFirst = Executors.newSingleThreadExecutor();
        ExecutorService onSecond = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<List<JobTick>> ranOne = onFirst.submit(() -> { go.await(); return one.runDue(); });
            Future<List<JobTick>> ranTwo = onSecond.submit(() -> { go.await(); return two.runDue(); });
            go.countDown();

            assertEquals(1, ranOne.get().size() + ranTwo.get().size());
        } finally {
            onFirst.shutdownNow();
            onSecond.shutdownNow();
        }
        assertEquals(Optional.of(NumberValue.of(1)), first.memory().botMemory(new BotId(bot), new MemoryKey("runs")));
        assertEquals(1, first.jobRuns().recent(new BotId(bot), 10).size());
        assertEquals(first.jobRuns().recent(new BotId(bot), 10), second.jobRuns().recent(new BotId(bot), 10));
    }
}
