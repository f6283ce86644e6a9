package org.botserver.application.channel;

import org.botserver.domain.channel.DeliveryStatus;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Keeps what a provider reported about a message the bot sent (sent, delivered, read, failed). */
@PrimaryPort
public interface RecordDeliveryStatus {

    void record(DeliveryStatus status);
}
