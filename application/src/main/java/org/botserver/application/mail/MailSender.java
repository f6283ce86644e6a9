package org.botserver.application.mail;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Hands one mail to the bot's mail server (SMTP), and says whether the server accepted it. Blocks while it talks. */
@SecondaryPort
public interface MailSender {

    SendResult send(MailId id, Mail mail);

    /** What the mail server answered. */
    sealed interface SendResult {

        /** The server took the mail for delivery. */
        record Accepted() implements SendResult {
        }

        /** It could not be handed over (server down, refused, not configured); {@code reason} is plain and holds no secret. */
        record NotAccepted(String reason) implements SendResult {
        }
    }
}
