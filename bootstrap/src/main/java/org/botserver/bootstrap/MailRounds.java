package org.botserver.bootstrap;

import java.lang.System.Logger.Level;
import java.time.Duration;
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
    private Chore chore;

    private MailRounds(DeliverMail deliver) {
        this.deliver = deliver;
    }

    static MailRounds start(DeliverMail deliver, Duration every) {
        MailRounds rounds = new MailRounds(deliver);
        // Jakarta Mail finds its SMTP provider through the thread's context class loader: the application's here.
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        rounds.chore = Chore.every(every, task -> {
            Thread thread = new Thread(task, "mail-rounds");
            thread.setDaemon(true);
            thread.setContextClassLoader(application);
            return thread;
        }, "Sending queued mail (a failed round leaves the mails queued)", rounds::round);
        return rounds;
    }

    private void round() {
        DeliveryRound round = deliver.deliverDue();
        if (!round.isEmpty()) {
            LOG.log(Level.INFO, "Mail round: {0} sent, {1} to retry, {2} failed", round.sent(), round.retried(), round.failed());
        }
    }

    @Override
    public void close() {
        chore.close();
    }
}
