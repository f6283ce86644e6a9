package org.botserver.application.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

/** What every JobRuns adapter promises; each adapter's test extends this with its own record of runs. */
public abstract class JobRunsContract {

    private static final Instant TICK = Instant.parse("2026-11-25T09:00:00Z");

    protected abstract JobRuns runs();

    private final BotId bot = new BotId("bot-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    void a_tick_is_claimed_once() {
        JobTick tick = new JobTick(bot, "report", TICK);

        assertTrue(runs().claim(tick, TICK.plusMillis(5)));
        assertFalse(runs().claim(tick, TICK.plusMillis(9)));
        assertTrue(runs().claim(new JobTick(bot, "report", TICK.plusSeconds(60)), TICK.plusSeconds(60)));
        assertTrue(runs().claim(new JobTick(bot, "other", TICK), TICK));
    }

    @Test
    void of_many_claims_at_once_exactly_one_wins() {
        JobTick tick = new JobTick(bot, "report", TICK);

        List<CompletableFuture<Boolean>> claims = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> runs().claim(tick, TICK))).toList();

        assertEquals(1, claims.stream().filter(CompletableFuture::join).count());
    }

    @Test
    void a_run_is_recorded_with_its_start_end_and_outcome() {
        JobTick tick = new JobTick(bot, "report", TICK);
        runs().claim(tick, TICK.plusMillis(5));
        assertEquals(List.of(new JobRun(tick, TICK.plusMillis(5), Optional.empty(), Optional.empty())), runs().recent(bot, 10));

        runs().finish(tick, TICK.plusSeconds(2), JobOutcome.failed("HEAR in a job"));

        assertEquals(List.of(new JobRun(tick, TICK.plusMillis(5), Optional.of(TICK.plusSeconds(2)),
                Optional.of(JobOutcome.failed("HEAR in a job")))), runs().recent(bot, 10));
    }

    @Test
    void recent_runs_are_the_bots_own_newest_first() {
        for (int minute = 0; minute < 3; minute++) runs().claim(new JobTick(bot, "report", TICK.plusSeconds(60L * minute)), TICK);
        runs().claim(new JobTick(new BotId(bot.value() + "-x"), "report", TICK), TICK);

        List<JobRun> recent = runs().recent(bot, 2);

        assertEquals(List.of(TICK.plusSeconds(120), TICK.plusSeconds(60)), recent.stream().map(r -> r.tick().tick()).toList());
    }
}
