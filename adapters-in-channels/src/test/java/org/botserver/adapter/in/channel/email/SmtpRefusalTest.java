package org.botserver.adapter.in.channel.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.botserver.application.mail.Mail;
import org.botserver.application.mail.MailId;
import org.botserver.application.mail.MailSender.SendResult;
import org.botserver.application.mail.Recipients;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When the mail cannot be handed over, the reason comes back plain, naming what to fix, with no password in it. */
class SmtpRefusalTest {

    private final LocalMailServer server = new LocalMailServer();
    private final BotMailSettings settings = BotMailSettings.pointingAt(server);
    private final Mail mail = new Mail(new BotId("shop"), Recipients.parse("ana@example.com"), "Hi", "Welcome!");

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    private String refusal() {
        SendResult result = new SmtpMailSender(settings, Duration.ofSeconds(5)).send(MailId.random(), mail);
        return assertInstanceOf(SendResult.NotAccepted.class, result).reason();
    }

    @Test
    void a_server_that_is_down_is_named_with_why_it_could_not_be_reached() {
        String reason = refusal();

        assertTrue(reason.startsWith("127.0.0.1:" + server.port() + ": "), reason);
        assertTrue(reason.contains("Connection refused"), reason);
    }

    @Test
    void a_wrong_password_is_an_authentication_failure_that_never_shows_the_password() {
        server.start();
        settings.set(EmailKeys.PASSWORD, "wrong-pass-123");

        String reason = refusal();

        assertTrue(reason.toLowerCase().contains("auth"), reason);
        assertFalse(reason.contains("wrong-pass-123"), reason);
        assertEquals(0, server.received().size());
    }

    @Test
    void required_starttls_on_a_server_that_does_not_offer_it_sends_nothing() {
        server.start();
        settings.set(EmailKeys.TLS, "required");

        String reason = refusal();

        assertTrue(reason.contains("STARTTLS"), reason);
        assertEquals(0, server.received().size());
    }

    @Test
    void a_bot_without_a_mail_server_is_told_which_setting_to_add() {
        settings.remove(EmailKeys.SERVER);

        assertEquals("No mail server is set for bot shop: set email-server in its config.csv (or EMAIL_SERVER).", refusal());
    }

    @Test
    void settings_that_cannot_work_are_named() {
        settings.set(EmailKeys.PORT, "smtp");
        assertEquals("email-port must be a port number (1 to 65535), not 'smtp'.", refusal());

        settings.set(EmailKeys.PORT, "25").set(EmailKeys.TLS, "maybe");
        assertEquals("email-tls is starttls, required, ssl or off, not 'maybe'.", refusal());

        settings.set(EmailKeys.TLS, "off").remove(EmailKeys.PASSWORD);
        assertEquals("email-user is set for bot shop but email-pass is not.", refusal());
    }

    @Test
    void the_settings_text_never_shows_the_password() {
        SmtpSettings read = SmtpSettings.of(new BotId("shop"), settings);

        assertFalse(read.toString().contains(LocalMailServer.PASSWORD), read.toString());
    }
}
