package org.botserver.application.channel;

import org.botserver.domain.channel.ChannelUpdate;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Takes a message a channel user sent: returns at once, then, in the background and in arrival order per
 * user, starts or continues their conversation and sends the bot's replies back on the channel.
 */
@PrimaryPort
public interface ReceiveChannelMessage {

    Receipt receive(ChannelUpdate update);
}
