package org.botserver.adapter.out.persistence.postgres;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether concurrent turns are committed together: a committer waits at most {@code maxWait} after a turn arrives
 * for others (or until {@code maxTurns}) and writes them in one statement. {@link #OFF} writes each turn alone.
 */
public record GroupCommit(Duration maxWait, int maxTurns) {

    /** Each turn is its own statement and commit, on the caller's thread. */
    public static final GroupCommit OFF = new GroupCommit(Duration.ZERO, 1);
    /** The window the server uses unless configured otherwise (microprofile-config.properties says the same). */
    public static final GroupCommit DEFAULT = waitingAtMostMicros(1000);
    /** Turns in one statement: enough to cover every connection of a large pool, few enough to keep it small. */
    static final int MAX_TURNS = 64;

    public GroupCommit {
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) throw new IllegalArgumentException("The group commit window cannot be negative.");
        if (maxTurns < 1) throw new IllegalArgumentException("A group commit holds at least 1 turn, not " + maxTurns + ".");
    }

    /** The window in microseconds, as configured ({@code db.group-commit.max-wait-micros}); 0 switches it off. */
    public static GroupCommit waitingAtMostMicros(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("db.group-commit.max-wait-micros must be 0 (off) or more, not " + micros + ".");
        }
        return micros == 0 ? OFF : new GroupCommit(Duration.ofNanos(micros * 1000), MAX_TURNS);
    }

    boolean isOff() { return maxWait.isZero() && maxTurns == 1; }
}
