package org.botserver.application.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A mail in the outbox and how its delivery goes: {@code attempts} made so far (a claimed mail counts the attempt
 * under way), when it is next due, why the last attempt failed, and when the SMTP server accepted it.
 */
public record OutboxEntry(MailId id, Mail mail, MailStatus status, int attempts, Instant createdAt,
                          Instant nextAttemptAt, Optional<String> lastError, Optional<Instant> sentAt) {

    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(sentAt, "sentAt");
        if (attempts < 0) throw new IllegalArgumentException("attempts cannot be negative: " + attempts);
    }

    /** A mail just queued: no attempt yet, due at once. */
    public static OutboxEntry queued(MailId id, Mail mail, Instant now) {
        return new OutboxEntry(id, mail, MailStatus.QUEUED, 0, now, now, Optional.empty(), Optional.empty());
    }
}
