package org.botserver.application.channel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.OutboundMessage;

/** Hands each send to the sender of the recipient's channel. */
public final class ChannelSenders implements ChannelSender {

    private final Map<Channel, ChannelSender> byChannel;

    public ChannelSenders(Map<Channel, ? extends ChannelSender> byChannel) {
        this.byChannel = byChannel.isEmpty() ? Map.of() : new EnumMap<>(byChannel);
    }

    @Override
    public CompletionStage<Void> send(ChannelAddress to, List<OutboundMessage> messages) {
        ChannelSender sender = byChannel.get(to.channel());
        if (sender == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("No sender for the channel " + to.channel()));
        }
        return sender.send(to, messages);
    }
}
