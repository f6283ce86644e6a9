package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.System.Logger.Level;
import java.time.Duration;
import org.botserver.application.channel.ForgetOldChannelRecords;
import org.botserver.application.channel.ReplayUnansweredMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the channels' periodic chores with the application: answering the messages a server that died left
 * unanswered, and forgetting deliveries past their retention.
 */
@ApplicationScoped
public class ChannelChores {

    private static final System.Logger LOG = System.getLogger(ChannelChores.class.getName());

    void start(@Observes @Initialized(ApplicationScoped.class) Object started, ChannelWorkers workers,
               ForgetOldChannelRecords forget, ReplayUnansweredMessages replay,
               @ConfigProperty(name = "channels.deliveries.purge.minutes", defaultValue = "60") int minutes,
               @ConfigProperty(name = "channels.inbox.sweep.seconds", defaultValue = "30") int sweepSeconds) {
        workers.every(Duration.ofMinutes(minutes), "Forgetting old channel deliveries and files", () -> {
            ForgetOldChannelRecords.Forgotten forgotten = forget.forget();
            if (forgotten.deliveries() + forgotten.media() > 0) {
                LOG.log(Level.INFO, "Forgot {0} channel deliveries and {1} received files past their retention",
                        forgotten.deliveries(), forgotten.media());
            }
        });
        // At once: what a server that died left unanswered is answered as soon as its claims go stale.
        workers.every(Duration.ZERO, Duration.ofSeconds(sweepSeconds), "Answering channel messages left unanswered",
                replay::replay);
    }
}
