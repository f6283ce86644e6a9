package org.botserver.bootstrap.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/** The figures of one load run, printed as text and as a row for BENCHMARKS.md. */
record LoadReport(LoadSettings settings, Latencies latencies, Map<String, LongAdder> errors, String loadBefore,
                  String loadAfter) {

    void print() {
        double seconds = settings.duration().toNanos() / 1e9;
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        double turnsPerSecond = latencies.size() / seconds;
        Map<String, Long> byKind = new TreeMap<>();
        errors.forEach((kind, count) -> byKind.put(kind, count.sum()));
        System.out.printf(Locale.ROOT, """
                load: %d turns in %.0f s measured: %.0f turns/s
                load: latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
                load: errors %d %s
                load: machine %d cores, %s, Java %s; load average before %s, after %s
                """, latencies.size(), seconds, turnsPerSecond, latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.maxMillis(), errorCount,
                byKind, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), loadBefore, loadAfter);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %d | %s → %s |%n", LocalDate.now(),
                settings.concurrency(), settings.conversations(), turnsPerSecond, latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(99), errorCount, loadBefore, loadAfter);
    }

    /** The 1-minute load average of the machine, which says how much else competed for the cores. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
