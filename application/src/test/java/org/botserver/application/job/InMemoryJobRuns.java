package org.botserver.application.job;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.domain.bot.BotId;

/** JobRuns in a concurrent map, for the application's tests; putIfAbsent stands in for the database's unique key. */
public final class InMemoryJobRuns implements JobRuns {

    private final Map<JobTick, JobRun> runs = new ConcurrentHashMap<>();

    @Override
    public boolean claim(JobTick tick, Instant startedAt) {
        return runs.putIfAbsent(tick, new JobRun(tick, startedAt, Optional.empty(), Optional.empty())) == null;
    }

    @Override
    public void finish(JobTick tick, Instant endedAt, JobOutcome outcome) {
        runs.computeIfPresent(tick, (t, run) -> new JobRun(t, run.startedAt(), Optional.of(endedAt), Optional.of(outcome)));
    }

    @Override
    public List<JobRun> recent(BotId bot, int limit) {
        return runs.values().stream().filter(r -> r.tick().botId().equals(bot))
                .sorted(Comparator.comparing((JobRun r) -> r.tick().tick()).reversed()).limit(limit).toList();
    }
}
