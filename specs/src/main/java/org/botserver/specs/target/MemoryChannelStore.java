package org.botserver.specs.target;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.application.channel.ChannelStore;
import org.botserver.application.channel.ReceivedMedia;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.DeliveryStatus;
import org.botserver.domain.conversation.ConversationId;

/**
 * Channel conversations, webhook deliveries and received files kept in memory for one scenario, beside the
 * {@link MemoryConversationStore}; it passes the same store contract as the server's PostgreSQL store.
 */
final class MemoryChannelStore implements ChannelStore {

    private record Link(ConversationId conversation, Instant at) {
    }

    /** One taken delivery; the fields change only under the store's lock. */
    private static final class Taken {
        final ChannelUpdate update;
        final Instant takenAt;
        Instant claimedAt;
        int claims = 1;
        boolean answered;

        Taken(ChannelUpdate update, Instant at) {
            this.update = update;
            this.takenAt = at;
            this.claimedAt = at;
        }
    }

    private final Map<List<String>, Taken> deliveries = new LinkedHashMap<>();
    private final Map<ChannelAddress, Link> links = new ConcurrentHashMap<>();
    private final Map<List<String>, DeliveryStatus> statuses = new ConcurrentHashMap<>();
    private final Map<String, ReceivedMedia> media = new ConcurrentHashMap<>();
    private final Map<String, BotId> mediaOwners = new ConcurrentHashMap<>();
    private final Map<String, Instant> mediaReceived = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean takeDelivery(ChannelUpdate update, Instant at) {
        return deliveries.putIfAbsent(key(update), new Taken(update, at)) == null;
    }

    @Override
    public synchronized void answered(ChannelUpdate update, Instant at) {
        Taken taken = deliveries.get(key(update));
        if (taken != null) taken.answered = true;
    }

    @Override
    public synchronized List<ChannelUpdate> reclaimUnanswered(Instant claimedBefore, int maxClaims, Instant at) {
        List<Taken> due = deliveries.values().stream()
                .filter(t -> !t.answered && t.claimedAt.isBefore(claimedBefore) && t.claims < maxClaims)
                .sorted(Comparator.comparing((Taken t) -> t.takenAt)).toList();
        due.forEach(t -> {
            t.claimedAt = at;
            t.claims++;
        });
        return due.stream().map(t -> t.update).toList();
    }

    @Override
    public synchronized int forgetDeliveriesBefore(Instant cutoff) {
        int before = deliveries.size();
        deliveries.values().removeIf(t -> t.takenAt.isBefore(cutoff));
        return before - deliveries.size();
    }

    private static List<String> key(ChannelUpdate update) {
        return List.of(update.from().botId().value(), update.from().channel().key(), update.deliveryId());
    }

    @Override
    public Optional<ConversationId> conversationOf(ChannelAddress address) {
        return Optional.ofNullable(links.get(address)).map(Link::conversation);
    }

    @Override
    public void link(ChannelAddress address, ConversationId conversation, Instant at) {
        links.put(address, new Link(conversation, at));
    }

    @Override
    public Optional<ChannelAddress> findRecipient(BotId bot, String userId) {
        return links.entrySet().stream()
                .filter(e -> e.getKey().botId().equals(bot) && e.getKey().userId().equals(userId))
                .max(Comparator.comparing(e -> e.getValue().at()))
                .map(Map.Entry::getKey);
    }

    @Override
    public void recordStatus(DeliveryStatus status) {
        statuses.merge(List.of(status.channel().key(), status.messageId()), status,
                (old, now) -> now.at().isBefore(old.at()) ? old : now);
    }

    @Override
    public String keepMedia(ChannelAddress from, ReceivedMedia received, Instant at) {
        String reference = "media:" + UUID.randomUUID();
        media.put(reference, received);
        mediaOwners.put(reference, from.botId());
        mediaReceived.put(reference, at);
        return reference;
    }

    @Override
    public int forgetMediaBefore(Instant cutoff) {
        List<String> old = mediaReceived.entrySet().stream().filter(e -> e.getValue().isBefore(cutoff))
                .map(Map.Entry::getKey).toList();
        old.forEach(reference -> {
            media.remove(reference);
            mediaOwners.remove(reference);
            mediaReceived.remove(reference);
        });
        return old.size();
    }

    @Override
    public Optional<ReceivedMedia> media(BotId bot, String reference) {
        return Optional.ofNullable(media.get(reference)).filter(found -> bot.equals(mediaOwners.get(reference)));
    }

    @Override
    public Optional<DeliveryStatus> statusOf(Channel channel, String messageId) {
        return Optional.ofNullable(statuses.get(List.of(channel.key(), messageId)));
    }
}
