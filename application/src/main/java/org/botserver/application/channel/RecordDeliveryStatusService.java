package org.botserver.application.channel;

import java.util.Objects;
import org.botserver.domain.channel.DeliveryStatus;

/** Stores each delivery status a provider reports. */
public final class RecordDeliveryStatusService implements RecordDeliveryStatus {

    private final ChannelStore store;

    public RecordDeliveryStatusService(ChannelStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void record(DeliveryStatus status) {
        store.recordStatus(status);
    }
}
