package org.botserver.adapter.in.channel.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.botserver.application.mail.Mail;
import org.botserver.application.mail.MailId;
import org.botserver.application.mail.MailSender.SendResult;
import org.botserver.application.mail.Recipients;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mail reaches a real SMTP server as the dialog wrote it, from the bot's address, logged in with its account. */
class SmtpDeliveryTest {

    private final LocalMailServer server = new LocalMailServer();
    private final BotId shop = new BotId("shop");

    @BeforeEach
    void startTheServer() {
        server.start();
    }

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    private SendResult send(MailId id, Mail mail) {
        return new SmtpMailSender(BotMailSettings.pointingAt(server), Duration.ofSeconds(30)).send(id, mail);
    }

    @Test
    void the_server_receives_the_subject_body_sender_and_recipients_in_utf8() throws Exception {
        Mail mail = new Mail(shop, Recipients.parse("ana@example.com, bob@example.org"), "Pedido nº 7 enviado ✓",
                "Olá Ana,\nseu pedido saiu hoje.");

        assertEquals(new SendResult.Accepted(), send(MailId.random(), mail));

        List<MimeMessage> received = server.received();
        assertEquals(2, received.size(), "one copy per recipient's mailbox");
        MimeMessage message = received.getFirst();
        assertEquals("Pedido nº 7 enviado ✓", message.getSubject());
        assertEquals("Olá Ana,\nseu pedido saiu hoje.", message.getContent().toString().replace("\r\n", "\n").strip());
        assertArrayEquals(new Address[] {new InternetAddress("shop@example.com", "Corner Shop")}, message.getFrom());
        assertEquals(List.of("ana@example.com", "bob@example.org"),
                Arrays.stream(message.getAllRecipients()).map(Address::toString).toList());
    }

    @Test
    void the_message_id_is_the_outbox_id_so_a_retry_is_recognisably_the_same_mail() throws Exception {
        MailId id = MailId.random();

        send(id, new Mail(shop, Recipients.parse("ana@example.com"), "Hi", "Welcome!"));

        assertEquals("<" + id + "@example.com>", server.received().getFirst().getMessageID());
    }

    @Test
    void a_server_without_an_account_takes_mail_from_a_bot_without_credentials() throws Exception {
        BotMailSettings anonymous = BotMailSettings.pointingAt(server).remove(EmailKeys.USER).remove(EmailKeys.PASSWORD);

        SendResult result = new SmtpMailSender(anonymous, Duration.ofSeconds(30))
                .send(MailId.random(), new Mail(shop, Recipients.parse("ana@example.com"), "Hi", "Welcome!"));

        assertEquals(new SendResult.Accepted(), result);
        assertEquals("Hi", server.received().getFirst().getSubject());
    }
}
