package org.botserver.application.mail;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Sends the mails that are due now; called every few seconds by each server, which never take the same mail. */
@PrimaryPort
public interface DeliverMail {

    DeliveryRound deliverDue();

    /** What one round did: mails accepted by their server, put back for a later attempt, and given up on. */
    record DeliveryRound(int sent, int retried, int failed) {

        public boolean isEmpty() {
            return sent + retried + failed == 0;
        }
    }
}
