package org.botserver.application.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The durable queue of mails to send, shared by every server on the database. A claim takes due mails for one
 * claimer only: it counts the attempt and pushes the mail's next attempt a lease away, so no other claimer takes
 * it while this one sends. Recording an outcome names the claimed entry; a stale claim (the lease ran out and
 * another claimer took the mail) records nothing.
 */
@SecondaryPort
public interface MailOutbox {

    /** Keeps the mail, due at once. */
    OutboxEntry queue(Mail mail, Instant now);

    /** Up to {@code limit} queued mails due at {@code now}, oldest due first, each claimed until now + lease. */
    List<OutboxEntry> claimDue(Instant now, Duration lease, int limit);

    /** The claimed attempt was accepted by the SMTP server; false when the claim was stale. */
    boolean sent(OutboxEntry claimed, Instant at);

    /** The claimed attempt failed; the mail is due again at {@code nextAttempt}. False when the claim was stale. */
    boolean retryLater(OutboxEntry claimed, String error, Instant nextAttempt);

    /** The claimed attempt failed and was the last one: the mail is failed for good. False when the claim was stale. */
    boolean failed(OutboxEntry claimed, String error);

    /** The bot's mails, newest first, optionally only those with one status. */
    List<OutboxEntry> recent(BotId bot, Optional<MailStatus> status, int limit);
}
