package org.botserver.adapter.in.channel.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Spreads calls made under one key (a WhatsApp phone number, a Telegram bot) at least {@code interval}
 * apart, so a burst of replies stays within the provider's rate limit instead of collecting 429s.
 */
public final class Pacing {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();

    public Pacing(Duration interval) {
        this(interval, System::nanoTime);
    }

    Pacing(Duration interval, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Takes the next free slot for the key and returns how long to wait for it (zero when it is free now). */
    public Duration reserve(String key) {
        if (intervalNanos <= 0) return Duration.ZERO;
        long now = nanoTime.getAsLong();
        long slot = nextSlot.merge(key, now + intervalNanos, (booked, ignored) -> Math.max(booked, now) + intervalNanos)
                - intervalNanos;
        return Duration.ofNanos(Math.max(0, slot - now));
    }
}
