package org.botserver.application.job;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One recorded run of a scheduled dialog: its tick, when it started and, once it ended, when and how. */
public record JobRun(JobTick tick, Instant startedAt, Optional<Instant> endedAt, Optional<JobOutcome> outcome) {

    public JobRun {
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(outcome, "outcome");
    }
}
