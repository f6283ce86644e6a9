package org.botserver.bootstrap.load;

import java.util.Arrays;

/** The latencies one worker measured, in microseconds; merged and sorted once at the end for percentiles. */
final class Latencies {

    private long[] micros = new long[4096];
    private int size;

    void add(long latencyMicros) {
        if (size == micros.length) micros = Arrays.copyOf(micros, size * 2);
        micros[size++] = latencyMicros;
    }

    int size() { return size; }

    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) all.add(part.micros[i]);
        }
        Arrays.sort(all.micros, 0, all.size);
        return all;
    }

    /** The latency below which {@code percent} of the sorted measurements fall (nearest rank), in milliseconds. */
    double percentileMillis(double percent) {
        if (size == 0) return Double.NaN;
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return micros[Math.max(0, Math.min(size, rank) - 1)] / 1000.0;
    }

    double maxMillis() { return size == 0 ? Double.NaN : micros[size - 1] / 1000.0; }
}
