package org.botserver.domain.channel;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** What the provider reported about a message the bot sent: sent, delivered, read or failed, and when. */
@ValueObject
public record DeliveryStatus(Channel channel, String messageId, String recipient, String status, Instant at) {

    public DeliveryStatus {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        if (messageId == null || messageId.isBlank()) throw new IllegalArgumentException("A status names a message.");
        if (status == null || status.isBlank()) throw new IllegalArgumentException("A status needs a value.");
        recipient = recipient == null ? "" : recipient;
    }
}
