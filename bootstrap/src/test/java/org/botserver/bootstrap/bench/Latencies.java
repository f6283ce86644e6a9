package org.botserver.bootstrap.bench;

import java.util.Arrays;
import java.util.Locale;

/** Lookup times in nanoseconds, summed up as percentiles in milliseconds. */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    void add(long nanos) {
        if (count == samples.length) samples = Arrays.copyOf(samples, count * 2);
        samples[count++] = nanos;
    }

    String summary() {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "n=%6d  p50 %8.3f ms  p99 %8.3f ms  max %8.3f ms", count,
                millis(sorted, 0.50), millis(sorted, 0.99), sorted[count - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
