package org.botserver.specs.target;

import java.util.Objects;
import java.util.Optional;

/**
 * One webhook delivery from a channel user: typed text, or the press of a choice the bot offered; under the
 * provider's delivery id (the same when the provider retries it), signed as the provider signs it or not.
 */
public record ChannelMessage(ChannelUser from, String deliveryId, String text, Optional<SuggestedReply> press,
                             boolean rightlySigned) {

    public ChannelMessage {
        Objects.requireNonNull(from, "from");
        if (deliveryId == null || !deliveryId.matches("[0-9]{1,18}")) {
            // Digits, as Telegram's update_id is a number (WhatsApp's message ids are made of them).
            throw new IllegalArgumentException("A delivery id is 1 to 18 digits, not '" + deliveryId + "'.");
        }
        Objects.requireNonNull(press, "press");
        if (text == null || text.isEmpty()) throw new IllegalArgumentException("A channel message needs text.");
    }

    /** Typed text. */
    public static ChannelMessage typed(ChannelUser from, String deliveryId, String text, boolean rightlySigned) {
        return new ChannelMessage(from, deliveryId, text, Optional.empty(), rightlySigned);
    }

    /** A press on a choice: the channel sends its value (and WhatsApp its title). */
    public static ChannelMessage pressed(ChannelUser from, String deliveryId, SuggestedReply choice) {
        return new ChannelMessage(from, deliveryId, choice.value(), Optional.of(choice), true);
    }
}
