package org.botserver.application.job;

import java.time.Instant;
import java.util.List;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The record of scheduled runs, shared by every server on the database: the first server to claim a tick runs it,
 * every other claim of that tick is refused, so a job runs once per tick however many servers tick.
 */
@SecondaryPort
public interface JobRuns {

    /** Records that the tick's run starts now; true only for the one claim that recorded it first. */
    boolean claim(JobTick tick, Instant startedAt);

    /** Records how the claimed run ended. */
    void finish(JobTick tick, Instant endedAt, JobOutcome outcome);

    /** The bot's most recent runs, newest tick first. */
    List<JobRun> recent(BotId bot, int limit);
}
