package org.botserver.domain.basic.runtime;

import java.time.Duration;

/** Per-turn execution limits; exceeding one ends the dialog with a runtime error. */
public record Limits(long statements, long loopIterations, int callDepth, int stringLength, int arraySize,
                     Duration maxWait) {

    public Limits {
        if (statements <= 0 || loopIterations <= 0 || callDepth <= 0 || stringLength <= 0 || arraySize <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxWait.isNegative()) throw new IllegalArgumentException("maxWait must not be negative");
    }

    public static Limits defaults() {
        return new Limits(1_000_000, 1_000_000, 100, 10 * 1024 * 1024, 1_000_000, Duration.ofSeconds(5));
    }
}
