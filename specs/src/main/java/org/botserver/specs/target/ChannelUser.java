package org.botserver.specs.target;

import java.util.Objects;
import org.botserver.domain.channel.Channel;

/**
 * A person on WhatsApp or Telegram, by the id the channel knows them by: a WhatsApp number in digits (without
 * "+"), a Telegram chat id.
 */
public record ChannelUser(Channel channel, String id) {

    public ChannelUser {
        Objects.requireNonNull(channel, "channel");
        if (id == null || !id.matches("[0-9]{1,30}")) {
            throw new IllegalArgumentException("A " + channel + " user id is digits, not '" + id + "'.");
        }
    }

    /** How the user reads in a transcript ("the WhatsApp user 15550001…"). */
    public String describe() {
        return (channel == Channel.WHATSAPP ? "the WhatsApp user " : "the Telegram user ") + id;
    }
}
