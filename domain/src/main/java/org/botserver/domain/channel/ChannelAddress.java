package org.botserver.domain.channel;

import java.util.Objects;
import org.botserver.domain.bot.BotId;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One person on one channel talking to one bot: the key of a channel conversation. {@code userId} is the
 * channel's own id for the chat (a WhatsApp number without "+", a Telegram chat id).
 */
@ValueObject
public record ChannelAddress(BotId botId, Channel channel, String userId) {

    /** Longer than any channel's ids, and within the conversation's user id column together with the prefix. */
    public static final int MAX_USER_ID_LENGTH = 128;

    public ChannelAddress {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(channel, "channel");
        if (userId == null || userId.isBlank() || userId.length() > MAX_USER_ID_LENGTH) {
            throw new IllegalArgumentException("A channel user id is 1 to " + MAX_USER_ID_LENGTH
                    + " characters, not blank: " + userId);
        }
    }

    /** The conversation's user id: the channel's id prefixed with the channel, so ids of two channels never meet. */
    public String conversationUserId() {
        return channel.key() + ":" + userId;
    }
}
