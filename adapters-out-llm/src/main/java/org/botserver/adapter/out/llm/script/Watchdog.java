package org.botserver.adapter.out.llm.script;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;

/**
 * Cancels a script's context ({@code close(true)}) when it runs past its time or when the thread running it has
 * allocated more than its budget. The community edition of GraalJS cannot bound a context's heap, so the bytes
 * the running thread allocates (HotSpot counts them per thread) stand in for it: more allocated than retained,
 * so the bound errs on the safe side.
 */
final class Watchdog implements AutoCloseable {

    /** Why a run was cancelled. */
    enum Reason { TIME, MEMORY }

    private static final long PERIOD_MILLIS = 10;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "script-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private final com.sun.management.ThreadMXBean threads = allocationCounter();

    /** One watched run; closing it stops the watching. */
    final class Watch implements AutoCloseable {
        private final ScheduledFuture<?> check;
        private final Thread runner;
        private final long allocatedBefore;
        private final long budget;
        private volatile Reason reason;

        private Watch(Context context, Thread runner, SandboxLimits limits) {
            long started = System.nanoTime();
            this.runner = runner;
            this.allocatedBefore = allocated(runner);
            this.budget = limits.allocatedBytes();
            check = timer.scheduleAtFixedRate(() -> {
                if (reason != null) return;
                if (allocated(runner) - allocatedBefore > limits.allocatedBytes()) reason = Reason.MEMORY;
                else if (System.nanoTime() - started > limits.timeout().toNanos()) reason = Reason.TIME;
                // Cancelling closes the context from this thread; the run's thread gets a cancelled exception.
                if (reason != null) context.close(true);
            }, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        }

        /** Why the watchdog cancelled the run, or null when it did not. */
        Reason reason() {
            return reason;
        }

        /**
         * Checked once more when the run ends, on its own thread: one large allocation (a huge string) may finish
         * between two checks of the watchdog, and its result must not be handed back.
         */
        boolean overBudget() {
            return reason == Reason.MEMORY || allocated(runner) - allocatedBefore > budget;
        }

        @Override
        public void close() {
            check.cancel(false);
        }
    }

    Watch watch(Context context, SandboxLimits limits) {
        return new Watch(context, Thread.currentThread(), limits);
    }

    private long allocated(Thread runner) {
        return threads == null ? 0 : threads.getThreadAllocatedBytes(runner.threadId());
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        // HotSpot (Temurin, the JVM Liberty runs on here) counts allocations per thread; elsewhere only time bounds.
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean hotspot
                && hotspot.isThreadAllocatedMemorySupported()) {
            if (!hotspot.isThreadAllocatedMemoryEnabled()) hotspot.setThreadAllocatedMemoryEnabled(true);
            return hotspot;
        }
        return null;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
