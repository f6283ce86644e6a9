package org.botserver.application.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.DeliveryStatus;
import org.botserver.domain.conversation.ConversationId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Remembers which conversation each channel user is in, the webhook deliveries taken (an inbox: each until it is
 * answered, then its id until the providers stop retrying), delivery statuses, and the files users sent.
 */
@SecondaryPort
public interface ChannelStore {

    /**
     * Takes the update into the inbox (bot, channel, delivery id, and the message itself, so a server that dies
     * before answering it does not lose it): true the first time, false when it was taken before (the provider
     * retried it). Atomic: of two concurrent calls exactly one gets true. The update is claimed at {@code at}.
     */
    boolean takeDelivery(ChannelUpdate update, Instant at);

    /**
     * The update's turn is over (its replies handed to the sender, or it failed): it is never replayed. The
     * delivery stays recorded, so a retry of it is still a duplicate.
     */
    void answered(ChannelUpdate update, Instant at);

    /**
     * Claims again, at {@code at}, the unanswered updates last claimed before {@code claimedBefore} and claimed
     * fewer than {@code maxClaims} times, and returns them in the order they were taken. Atomic: two servers
     * never reclaim the same update in the same round.
     */
    List<ChannelUpdate> reclaimUnanswered(Instant claimedBefore, int maxClaims, Instant at);

    /**
     * Forgets the deliveries taken before {@code cutoff}, long past the providers' retry windows, so the record
     * of taken deliveries does not grow forever; returns how many were forgotten.
     */
    int forgetDeliveriesBefore(Instant cutoff);

    /** The conversation the channel user is in with the bot, if any. */
    Optional<ConversationId> conversationOf(ChannelAddress address);

    /** From now on the channel user's messages go to this conversation. */
    void link(ChannelAddress address, ConversationId conversation, Instant at);

    /** Where the bot last heard from this user id on any channel (the most recent link wins). */
    Optional<ChannelAddress> findRecipient(BotId bot, String userId);

    /** Keeps the latest status the provider reported for a message the bot sent. */
    void recordStatus(DeliveryStatus status);

    /** Keeps a file a user sent to the bot and returns its reference: "media:" and an id. */
    String keepMedia(ChannelAddress from, ReceivedMedia media, Instant at);

    /** Forgets the files received before {@code cutoff}; returns how many were forgotten. */
    int forgetMediaBefore(Instant cutoff);

    /** The file kept for the bot under the reference, if any (another bot's reference finds nothing). */
    Optional<ReceivedMedia> media(BotId bot, String reference);

    /** The latest status recorded for a sent message, if any. */
    Optional<DeliveryStatus> statusOf(Channel channel, String messageId);
}
