package org.botserver.domain.channel;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One inbound message as a webhook delivered it: who sent it, the provider's id for the delivery (the same
 * when the provider retries), and the message.
 */
@ValueObject
public record ChannelUpdate(ChannelAddress from, String deliveryId, InboundMessage message) {

    public ChannelUpdate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(message, "message");
        if (deliveryId == null || deliveryId.isBlank() || deliveryId.length() > 255) {
            throw new IllegalArgumentException("A delivery id is 1 to 255 characters: " + deliveryId);
        }
    }
}
