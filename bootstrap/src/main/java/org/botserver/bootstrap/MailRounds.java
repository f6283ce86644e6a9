package org.botserver.bootstrap;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.botserver.application.mail.DeliverMail;
import org.botserver.application.mail.DeliverMail.DeliveryRound;

/**
 * Sends the outbox's due mails every few seconds on one background thread of its own, so a slow mail server never
 * holds up a dialog or a channel; closed with the application. Every server runs rounds; the outbox's claims keep
 * them from sending the same mail.
 */
final class MailRounds implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MailRounds.class.getName());

    private final DeliverMail deliver;
    private final ScheduledExecutorService executor;

    private MailRounds(DeliverMail deliver) {
        this.deliver = deliver;
        // Jakarta Mail finds its SMTP provider through the thread's context class loader: the application's here.
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mail-rounds");
            thread.setDaemon(true);
            thread.setContextClassLoader(application);
            return thread;
        });
    }

    static MailRounds start(DeliverMail deliver, Duration every) {
        MailRounds rounds = new MailRounds(deliver);
        rounds.executor.scheduleWithFixedDelay(rounds::round, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        LOG.log(Level.INFO, "Sending queued mail every {0} s", every.toSeconds());
        return rounds;
    }

    private void round() {
        // A throw would cancel the fixed-delay task for good, so a failed round is logged and the next one comes.
        try {
            DeliveryRound round = deliver.deliverDue();
            if (!round.isEmpty()) {
                LOG.log(Level.INFO, "Mail round: {0} sent, {1} to retry, {2} failed", round.sent(), round.retried(), round.failed());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending queued mail failed; the mails stay queued: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
