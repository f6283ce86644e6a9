package org.botserver.application.channel;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Forgets the deliveries taken longer ago than their retention, which must outlast the providers' retry windows
 * (WhatsApp retries for up to 7 days, Telegram for hours: a retry after it would be answered twice), and the files
 * users sent longer ago than theirs, so neither record grows forever.
 */
public final class ForgetOldChannelRecordsService implements ForgetOldChannelRecords {

    private final ChannelStore store;
    private final Duration deliveries;
    private final Duration media;
    private final Clock clock;

    public ForgetOldChannelRecordsService(ChannelStore store, Duration deliveries, Duration media, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.deliveries = positive(deliveries, "delivery");
        this.media = positive(media, "media");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Forgotten forget() {
        return new Forgotten(store.forgetDeliveriesBefore(clock.instant().minus(deliveries)),
                store.forgetMediaBefore(clock.instant().minus(media)));
    }

    private static Duration positive(Duration retention, String what) {
        Objects.requireNonNull(retention, what + " retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("The " + what + " retention must be positive, not " + retention);
        }
        return retention;
    }
}
