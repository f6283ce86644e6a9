package org.botserver.application.mail;

/** Where a mail in the outbox stands: waiting for (another) attempt, accepted by the SMTP server, or given up. */
public enum MailStatus {
    QUEUED, SENT, FAILED
}
