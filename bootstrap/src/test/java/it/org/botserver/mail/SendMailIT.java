package it.org.botserver.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SEND MAIL on the real server: the dialog goes on at once, the server's mail rounds hand the mail to an SMTP server
 * (GreenMail, started here, named in the bot's config.csv) exactly once, and the admin listing shows it sent; a bot
 * whose mail server is down has its mail kept, with the reason, for the next attempt.
 */
class SendMailIT {

    private static final String BOT = "mail-it-" + UUID.randomUUID().toString().substring(0, 6);
    private static final String DOWN = "mail-down-" + UUID.randomUUID().toString().substring(0, 6);
    private static GreenMail smtp;
    private final ServerClient server = new ServerClient();

    @BeforeAll
    static void startAMailServerAndDeployTheBots() {
        int port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.setUser("shop@example.com", "shop", "it-mail-pass");
        smtp.start();
        MailBot.deploy(BOT, "bot-name", "Corner Shop", "email-server", "127.0.0.1", "email-port", String.valueOf(port),
                "email-user", "shop", "email-pass", "it-mail-pass", "email-from", "shop@example.com");
        MailBot.deploy(DOWN, "email-server", "127.0.0.1", "email-port", String.valueOf(freePort()),
                "email-from", "shop@example.com", "email-tls", "off");
    }

    @AfterAll
    static void stopThem() {
        MailBot.remove(BOT);
        MailBot.remove(DOWN);
        if (smtp != null) smtp.stop();
    }

    @Test
    void a_dialogs_mail_reaches_the_smtp_server_once_and_shows_as_sent() throws Exception {
        assertEquals(List.of("mail queued: TRUE"), start(BOT));

        assertTrue(smtp.waitForIncomingEmail(60_000, 1), "the mail round delivered nothing within a minute");
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals("Welcome to the shop", received.getSubject());
        assertEquals("Hello Ana, thanks for visiting.", received.getContent().toString().strip());

        JsonObject sent = awaitMail(BOT, "sent");
        assertEquals("ana@example.com", sent.getJsonArray("recipients").getString(0));
        assertEquals(1, sent.getInt("attempts"));
        assertFalse(sent.containsKey("body"));
        // Another round or two must not send it again.
        Thread.sleep(6_000);
        assertEquals(1, smtp.getReceivedMessages().length);
    }

    @Test
    void a_mail_whose_server_is_down_stays_queued_with_the_reason_for_the_next_attempt() {
        assertEquals(List.of("mail queued: TRUE"), start(DOWN));

        JsonObject queued = awaitMail(DOWN, "queued", "last_error");
        assertTrue(queued.getString("last_error").contains("Connection refused"), queued.toString());
        assertEquals(1, queued.getInt("attempts"));
        assertTrue(queued.containsKey("next_attempt_at"));
    }

    @Test
    void the_mail_password_is_a_secret_the_bot_api_never_shows() {
        Reply bot = server.get("/api/bots/" + BOT);

        assertEquals(200, bot.status(), bot.body());
        assertTrue(bot.body().contains("email-server"), bot.body());
        assertFalse(bot.body().contains("it-mail-pass"), bot.body());
    }

    @Test
    void the_mail_listing_is_for_operators_only() {
        assertEquals(401, server.getWith("/api/bots/" + BOT + "/mail").status());
    }

    private List<String> start(String bot) {
        Reply started = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + bot + "\"}");
        assertEquals(201, started.status(), started.body());
        return started.json().getJsonArray("replies").stream().map(r -> r.asJsonObject().getString("content")).toList();
    }

    /** The bot's first mail with the status (and the field, when given), polled until the mail round got to it. */
    private JsonObject awaitMail(String bot, String status, String... field) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Reply listed = server.getWith("/api/bots/" + bot + "/mail?status=" + status, "Authorization",
                    MailBot.adminAuthorization());
            assertEquals(200, listed.status(), listed.body());
            if (!listed.array().isEmpty()) {
                JsonObject mail = listed.array().getJsonObject(0);
                if (field.length == 0 || mail.containsKey(field[0]) && !mail.isNull(field[0])) return mail;
            }
            if (System.nanoTime() > deadline) throw new AssertionError("no " + status + " mail for " + bot + ": " + listed.body());
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
