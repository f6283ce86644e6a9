package org.botserver.adapter.in.channel.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.botserver.application.mail.Mail;
import org.botserver.application.mail.MailId;

/** A mail as MIME plain text in UTF-8, whose Message-ID is the outbox id, so every retry is the same message. */
final class MailMessage extends MimeMessage {

    private final String messageId;

    private MailMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    static MailMessage of(Session session, MailId id, Mail mail, String from) throws MessagingException {
        InternetAddress sender = new InternetAddress(from, true);
        String domain = sender.getAddress().substring(sender.getAddress().lastIndexOf('@') + 1);
        MailMessage message = new MailMessage(session, "<" + id + "@" + domain + ">");
        message.setFrom(sender);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to().toString(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
