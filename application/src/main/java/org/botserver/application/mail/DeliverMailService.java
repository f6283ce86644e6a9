package org.botserver.application.mail;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.mail.MailSender.SendResult;

/**
 * Claims the due mails and sends each through the mail server. A refused attempt is retried after the schedule's
 * next delay with its reason recorded; after the last attempt the mail is failed and logged as an error, so no
 * mail is ever dropped without a trace.
 */
public final class DeliverMailService implements DeliverMail {

    private static final System.Logger LOG = System.getLogger(DeliverMailService.class.getName());
    /** Longest kept reason; SMTP replies can quote whole transcripts. */
    static final int MAX_ERROR = 1000;

    private final MailOutbox outbox;
    private final MailSender sender;
    private final RetrySchedule retries;
    private final Clock clock;
    private final Duration lease;
    private final int batch;

    /**
     * {@code lease} must outlast one send (its SMTP timeouts), or another server could take the mail meanwhile;
     * {@code batch} is the most mails one round sends.
     */
    public DeliverMailService(MailOutbox outbox, MailSender sender, RetrySchedule retries, Clock clock, Duration lease,
                              int batch) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (batch < 1) throw new IllegalArgumentException("A round sends at least one mail: " + batch);
        this.batch = batch;
    }

    @Override
    public DeliveryRound deliverDue() {
        int sent = 0;
        int retried = 0;
        int failed = 0;
        // One claim per mail, so each mail's lease starts when its own send does, however slow the ones before.
        for (int i = 0; i < batch; i++) {
            List<OutboxEntry> claimed = outbox.claimDue(clock.instant(), lease, 1);
            if (claimed.isEmpty()) break;
            OutboxEntry mail = claimed.getFirst();
            switch (attempt(mail)) {
                case SendResult.Accepted accepted -> {
                    outbox.sent(mail, clock.instant());
                    sent++;
                }
                case SendResult.NotAccepted(String reason) -> {
                    if (giveUpOrRetry(mail, shorten(reason))) retried++;
                    else failed++;
                }
            }
        }
        return new DeliveryRound(sent, retried, failed);
    }

    private SendResult attempt(OutboxEntry mail) {
        // A sender bug must not leave the mail claimed until the lease runs out; it counts as a failed attempt.
        try {
            return sender.send(mail.id(), mail.mail());
        } catch (RuntimeException e) {
            return new SendResult.NotAccepted("The mail sender failed: " + e);
        }
    }

    /** True when the mail gets another attempt. */
    private boolean giveUpOrRetry(OutboxEntry mail, String reason) {
        Optional<Duration> delay = retries.delayAfter(mail.attempts());
        if (delay.isPresent()) {
            outbox.retryLater(mail, reason, clock.instant().plus(delay.get()));
            LOG.log(Level.WARNING, "Mail {0} of bot {1} not sent (attempt {2} of {3}), retrying in {4}: {5}", mail.id(),
                    mail.mail().bot().value(), mail.attempts(), retries.maxAttempts(), delay.get(), reason);
            return true;
        }
        outbox.failed(mail, reason);
        LOG.log(Level.ERROR, "Mail {0} of bot {1} to {2} FAILED after {3} attempts, the last one: {4}", mail.id(),
                mail.mail().bot().value(), mail.mail().to(), mail.attempts(), reason);
        return false;
    }

    private static String shorten(String reason) {
        String text = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "…";
    }
}
