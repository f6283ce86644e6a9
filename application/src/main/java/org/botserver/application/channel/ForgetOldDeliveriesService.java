package org.botserver.application.channel;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Forgets the deliveries taken longer ago than the retention. The retention must outlast the providers' retry
 * windows (WhatsApp retries for up to 7 days, Telegram for hours): a retry after it would be answered twice.
 */
public final class ForgetOldDeliveriesService implements ForgetOldDeliveries {

    private final ChannelStore store;
    private final Duration retention;
    private final Clock clock;

    public ForgetOldDeliveriesService(ChannelStore store, Duration retention, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("The delivery retention must be positive, not " + retention);
        }
    }

    @Override
    public int forget() {
        return store.forgetDeliveriesBefore(clock.instant().minus(retention));
    }
}
