package org.botserver.adapter.out.llm.script;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of one script run: statements executed, wall-clock time, bytes the running thread may allocate,
 * and the size of the result handed back (characters of text and elements of arrays and objects, all together).
 */
public record SandboxLimits(long statements, Duration timeout, long allocatedBytes, long resultSize) {

    public SandboxLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (statements <= 0 || allocatedBytes <= 0 || resultSize <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("sandbox limits must be positive");
        }
    }

    /** 1,000,000 statements, 2 s, 256 MiB allocated, results up to 1,000,000 characters and elements. */
    public static SandboxLimits defaults() {
        return new SandboxLimits(1_000_000, Duration.ofMillis(2000), 256L * 1024 * 1024, 1_000_000);
    }
}
