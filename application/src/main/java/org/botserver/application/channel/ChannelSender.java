package org.botserver.application.channel;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.OutboundMessage;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Sends messages to a channel user, in the given order. Completes when every message was accepted by the
 * provider (after retries), exceptionally when one could not be delivered; never blocks the caller.
 */
@SecondaryPort
public interface ChannelSender {

    CompletionStage<Void> send(ChannelAddress to, List<OutboundMessage> messages);
}
