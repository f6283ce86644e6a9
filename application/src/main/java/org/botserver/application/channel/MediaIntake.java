package org.botserver.application.channel;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.InboundMessage.MediaReference;

/**
 * Turns what a channel user sent into what the dialog hears. Text is heard as it is; a file is fetched from the
 * provider (up to a size cap), kept in the channel store, and heard as a JSON description the dialog can read
 * with JSON PARSE: {@code {"kind":"image","mime_type":…,"file_name":…,"size":…,"caption":…,"media":"media:…"}}.
 * A file over the cap, or one the provider would not hand over, gets a plain reply and leaves the dialog as it was.
 */
public final class MediaIntake {

    /** What to do with one inbound message: hand the dialog this text, or only reply this to the user. */
    sealed interface Heard {
        record Answer(String text) implements Heard { }
        record Refusal(String reply) implements Heard { }
    }

    static final String NOT_FETCHED = "I could not fetch the file you sent. Please try sending it again.";
    private static final System.Logger LOG = System.getLogger(MediaIntake.class.getName());

    private final Map<Channel, MediaDownload> downloads;
    private final ChannelStore store;
    private final long maxBytes;
    private final Clock clock;

    public MediaIntake(Map<Channel, ? extends MediaDownload> downloads, ChannelStore store, long maxBytes, Clock clock) {
        this.downloads = downloads.isEmpty() ? Map.of() : new EnumMap<>(downloads);
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxBytes <= 0) throw new IllegalArgumentException("The media size cap must be positive, not " + maxBytes);
        this.maxBytes = maxBytes;
    }

    CompletionStage<Heard> hear(ChannelUpdate update) {
        if (!(update.message() instanceof MediaReference media) || !downloads.containsKey(media.channel())) {
            return CompletableFuture.completedFuture(new Heard.Answer(update.message().answer()));
        }
        return downloads.get(media.channel()).download(update.from().botId(), media, maxBytes)
                .thenApply(received -> (Heard) new Heard.Answer(MediaDescription.of(received, media.caption(),
                        store.keepMedia(update.from(), received, clock.instant()))))
                .exceptionally(failure -> refusal(update, failure));
    }

    private static Heard refusal(ChannelUpdate update, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof MediaTooLargeException tooLarge) return new Heard.Refusal(tooLarge.getMessage());
        LOG.log(Level.WARNING, "A file " + update.from().conversationUserId() + " sent to the bot " + update.from().botId()
                + " could not be fetched: " + cause.getMessage());
        return new Heard.Refusal(NOT_FETCHED);
    }
}
