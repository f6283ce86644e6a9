package org.botserver.application.channel;

import java.util.concurrent.CompletionStage;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.InboundMessage.MediaReference;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Fetches a file a channel user sent from the provider that holds it. Completes exceptionally with
 * {@link MediaTooLargeException} when it is larger than {@code maxBytes} (without fetching it all), and with
 * another exception when the provider could not hand it over.
 */
@SecondaryPort
public interface MediaDownload {

    CompletionStage<ReceivedMedia> download(BotId bot, MediaReference media, long maxBytes);
}
