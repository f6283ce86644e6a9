package org.botserver.adapter.in.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.application.mail.Mail;
import org.botserver.application.mail.MailId;
import org.botserver.application.mail.MailSender;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Sends a mail through its bot's SMTP server: one connection per mail, authenticated when the bot has an
 * email-user, upgraded with STARTTLS when offered (or as email-tls says), every wait bounded. Whatever goes wrong
 * comes back as a plain reason for the outbox to record, with the password never in it.
 */
@SecondaryAdapter
public final class SmtpMailSender implements MailSender {

    private static final System.Logger LOG = System.getLogger(SmtpMailSender.class.getName());

    private final ChannelSettings settings;
    private final Duration timeout;

    /** {@code timeout} bounds the connect and every read and write (30 s in production). */
    public SmtpMailSender(ChannelSettings settings, Duration timeout) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public SendResult send(MailId id, Mail mail) {
        SmtpSettings server;
        try {
            server = SmtpSettings.of(mail.bot(), settings);
        } catch (IllegalArgumentException e) {
            return new SendResult.NotAccepted(e.getMessage());
        }
        try {
            Session session = Session.getInstance(server.properties(timeout));
            Transport transport = session.getTransport("smtp");
            transport.connect(server.host(), server.port(), server.user().orElse(null), server.password().orElse(null));
            try {
                MailMessage message = MailMessage.of(session, id, mail, server.from());
                transport.sendMessage(message, message.getAllRecipients());
            } finally {
                close(transport, id);
            }
            return new SendResult.Accepted();
        } catch (MessagingException e) {
            return new SendResult.NotAccepted(reason(server, e));
        }
    }

    /** After the server took the mail, a failed goodbye must not make it look unsent (and be sent twice). */
    private static void close(Transport transport, MailId id) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.DEBUG, "Closing the SMTP connection after mail " + id + " failed: " + e.getMessage());
        }
    }

    /** The exception's message and its causes', one line, for the record; the password masked should a server echo it. */
    static String reason(SmtpSettings server, Exception failure) {
        StringBuilder text = new StringBuilder(server.host() + ":" + server.port());
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (!message.isEmpty() && text.indexOf(message) < 0) text.append(": ").append(message);
        }
        String line = text.toString().replaceAll("\\s+", " ");
        return server.password().filter(p -> !p.isEmpty()).map(p -> line.replace(p, "***")).orElse(line);
    }
}
