package org.botserver.adapter.out.persistence.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.application.job.JobOutcome;
import org.botserver.application.job.JobRun;
import org.botserver.application.job.JobRuns;
import org.botserver.application.job.JobTick;
import org.botserver.domain.bot.BotId;
import org.hibernate.SessionFactory;

/**
 * Scheduled runs in {@code job_runs}. A claim is an insert that does nothing on a conflicting primary key, so of
 * all servers claiming one tick exactly one inserts its row, and that one runs the job.
 */
final class PostgresJobRuns implements JobRuns {

    /** What the dialog said is kept for the record, not in full: the log has the rest. */
    static final int MAX_DETAIL = 4000;

    private static final String CLAIM = """
            insert into job_runs (bot_id, dialog, tick, started_at) values (?, ?, ?, ?) on conflict do nothing""";
    private static final String FINISH = """
            update job_runs set ended_at = ?, outcome = ?, detail = ? where bot_id = ? and dialog = ? and tick = ?""";
    private static final String RECENT = """
            select dialog, tick, started_at, ended_at, outcome, detail from job_runs where bot_id = ?
            order by tick desc, dialog limit ?""";

    private final Statements statements;

    PostgresJobRuns(SessionFactory sessions) {
        this.statements = new Statements(sessions);
    }

    @Override
    public boolean claim(JobTick tick, Instant startedAt) {
        return statements.run(CLAIM, s -> {
            Statements.bind(s, tick.botId().value(), tick.dialog(), Timestamp.from(tick.tick()), Timestamp.from(startedAt));
            return s.executeUpdate() == 1;
        });
    }

    @Override
    public void finish(JobTick tick, Instant endedAt, JobOutcome outcome) {
        String detail = outcome.detail().length() > MAX_DETAIL ? outcome.detail().substring(0, MAX_DETAIL) : outcome.detail();
        statements.run(FINISH, s -> {
            Statements.bind(s, Timestamp.from(endedAt), outcome.status().name(), detail, tick.botId().value(), tick.dialog(),
                    Timestamp.from(tick.tick()));
            return s.executeUpdate();
        });
    }

    @Override
    public List<JobRun> recent(BotId bot, int limit) {
        return statements.run(RECENT, s -> {
            Statements.bind(s, bot.value(), limit);
            List<JobRun> runs = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    Optional<Instant> ended = Optional.ofNullable(row.getTimestamp(4)).map(Timestamp::toInstant);
                    Optional<JobOutcome> outcome = Optional.ofNullable(row.getString(5))
                            .map(status -> new JobOutcome(JobOutcome.Status.valueOf(status), row(row, 6)));
                    runs.add(new JobRun(new JobTick(bot, row.getString(1), row.getTimestamp(2).toInstant()),
                            row.getTimestamp(3).toInstant(), ended, outcome));
                }
            }
            return runs;
        });
    }

    private static String row(ResultSet row, int column) {
        try {
            return row.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
