package org.botserver.domain.basic.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time the benchmark thread spent per iteration, reported beside the wall-clock score. On a
 * shared 2-core machine the wall clock also measures the neighbours; runs per CPU-second does not.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public long cpuNanos;
    public long runs;

    @Setup(Level.Iteration)
    public void reset() {
        cpuNanos = 0;
        runs = 0;
    }

    long start() {
        return THREADS.getCurrentThreadCpuTime();
    }

    void stop(long started) {
        cpuNanos += THREADS.getCurrentThreadCpuTime() - started;
        runs++;
    }
}
