package org.botserver.application.channel;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.botserver.domain.channel.ChannelUpdate;

/**
 * Reclaims the inbox's unanswered updates whose claim is older than {@code stale} and queues them on the same lanes
 * as fresh webhooks. {@code stale} must outlast a turn on another living server (one on this server is recognised
 * as still queued and left alone); an update is given up after {@link #MAX_CLAIMS} claims, so a message that kills
 * the server cannot kill it forever.
 */
public final class ReplayUnansweredMessagesService implements ReplayUnansweredMessages {

    static final int MAX_CLAIMS = 3;
    private static final System.Logger LOG = System.getLogger(ReplayUnansweredMessagesService.class.getName());

    private final ChannelStore store;
    private final ReceiveChannelMessageService receive;
    private final Duration stale;
    private final Clock clock;

    public ReplayUnansweredMessagesService(ChannelStore store, ReceiveChannelMessageService receive, Duration stale,
                                           Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.receive = Objects.requireNonNull(receive, "receive");
        this.stale = Objects.requireNonNull(stale, "stale");
        if (stale.isNegative()) throw new IllegalArgumentException("A claim cannot go stale in " + stale);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int replay() {
        Instant now = clock.instant();
        int queued = 0;
        for (ChannelUpdate update : store.reclaimUnanswered(now.minus(stale), MAX_CLAIMS, now)) {
            if (receive.resume(update)) queued++;
        }
        if (queued > 0) LOG.log(Level.INFO, "Answering {0} channel messages taken but never answered", queued);
        return queued;
    }
}
