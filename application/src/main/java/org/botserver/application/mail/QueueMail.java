package org.botserver.application.mail;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Puts a mail in the outbox and returns at once; the sending happens in the background, with retries. */
@PrimaryPort
public interface QueueMail {

    /**
     * @throws IllegalArgumentException with a plain reason when the mail cannot be sent as given (too long...)
     */
    MailId queue(QueueMailCommand command);
}
