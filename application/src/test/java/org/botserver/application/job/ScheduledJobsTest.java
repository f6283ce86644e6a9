package org.botserver.application.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.TestBots;
import org.botserver.application.capability.CapabilityRegistry;
import org.botserver.application.memory.InMemoryMemoryStore;
import org.botserver.application.memory.MemoryKey;
import org.botserver.application.memory.MemoryKeywordsHandler;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

/** A dialog with SET SCHEDULE runs by itself at each tick, once, and its runs are recorded. */
class ScheduledJobsTest {

    private static final Instant START = Instant.parse("2026-11-25T08:59:30Z");
    private static final BotId SHOP = new BotId("shop");

    private final MovableClock clock = new MovableClock(START);
    private final InMemoryMemoryStore memory = new InMemoryMemoryStore();
    private final InMemoryJobRuns runs = new InMemoryJobRuns();
    private final UnattendedRun runner = new UnattendedRun(new CapabilityRegistry(List.of(
            new MemoryKeywordsHandler(memory, clock), new ScheduleDeclarationHandler())), Limits.defaults());

    private RunDueJobs server(LoadedBots bots) {
        return new RunDueJobsService(bots, runs, runner, clock, ZoneOffset.UTC);
    }

    private static final String COUNTER = """
            SET SCHEDULE "every day at 9:00"
            n = GET BOT MEMORY("runs")
            IF ISNULL(n) THEN n = 0
            SET BOT MEMORY "runs", n + 1
            TALK "run " & (n + 1)
            """;

    private Optional<Value> counted() {
        return memory.botMemory(SHOP, new MemoryKey("runs"));
    }

    @Test
    void a_job_due_once_runs_once_on_two_servers_sharing_the_record_of_runs() {
        LoadedBots bots = TestBots.catalog(TestBots.bot("shop", COUNTER));
        RunDueJobs first = server(bots);
        RunDueJobs second = server(bots);

        clock.advance(Duration.ofSeconds(40));
        List<JobTick> ranOnFirst = first.runDue();
        List<JobTick> ranOnSecond = second.runDue();

        assertEquals(List.of(new JobTick(SHOP, "start", Instant.parse("2026-11-25T09:00:00Z"))), ranOnFirst);
        assertEquals(List.of(), ranOnSecond);
        assertEquals(Optional.of(NumberValue.of(1)), counted());
        JobRun run = runs.recent(SHOP, 10).getFirst();
        assertEquals(Optional.of(JobOutcome.succeeded("run 1")), run.outcome());
        assertEquals(Optional.of(START.plusSeconds(40)), run.endedAt());
    }

    @Test
    void nothing_runs_between_ticks_and_the_next_day_runs_again() {
        RunDueJobs server = server(TestBots.catalog(TestBots.bot("shop", COUNTER)));

        clock.advance(Duration.ofMinutes(1));
        server.runDue();
        clock.advance(Duration.ofHours(12));
        assertEquals(List.of(), server.runDue());
        clock.advance(Duration.ofHours(12));
        server.runDue();

        assertEquals(Optional.of(NumberValue.of(2)), counted());
    }

    @Test
    void a_tick_from_before_the_server_started_is_not_run() {
        clock.advance(Duration.ofMinutes(2));
        RunDueJobs server = server(TestBots.catalog(TestBots.bot("shop", COUNTER)));

        clock.advance(Duration.ofMinutes(1));

        assertEquals(List.of(), server.runDue());
        assertEquals(Optional.empty(), counted());
    }

    @Test
    void a_dialog_that_waits_for_an_answer_fails_its_run_with_the_reason() {
        RunDueJobs server = server(TestBots.catalog(TestBots.bot("shop", "SET SCHEDULE \"every minute\"\nHEAR name")));

        clock.advance(Duration.ofMinutes(1));
        server.runDue();

        JobOutcome outcome = runs.recent(SHOP, 1).getFirst().outcome().orElseThrow();
        assertEquals(JobOutcome.Status.FAILED, outcome.status());
        assertTrue(outcome.detail().contains("waits for an answer (HEAR)"), outcome.detail());
    }

    @Test
    void a_broken_job_does_not_keep_the_other_bots_jobs_from_running() {
        RunDueJobs server = server(TestBots.catalog(
                TestBots.bot("broken", "SET SCHEDULE \"every minute\"\nx = 1 / 0"),
                TestBots.bot("shop", COUNTER.replace("every day at 9:00", "every minute"))));

        clock.advance(Duration.ofMinutes(1));
        List<JobTick> ran = server.runDue();

        assertEquals(2, ran.size());
        assertEquals(JobOutcome.Status.FAILED, runs.recent(new BotId("broken"), 1).getFirst().outcome().orElseThrow().status());
        assertEquals(Optional.of(NumberValue.of(1)), counted());
    }
}
