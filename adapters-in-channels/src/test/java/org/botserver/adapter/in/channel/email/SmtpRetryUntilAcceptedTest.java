package org.botserver.adapter.in.channel.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.botserver.application.mail.DeliverMail;
import org.botserver.application.mail.DeliverMail.DeliveryRound;
import org.botserver.application.mail.DeliverMailService;
import org.botserver.application.mail.InMemoryMailOutbox;
import org.botserver.application.mail.Mail;
import org.botserver.application.mail.MailStatus;
import org.botserver.application.mail.MovableClock;
import org.botserver.application.mail.OutboxEntry;
import org.botserver.application.mail.Recipients;
import org.botserver.application.mail.RetrySchedule;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Through the outbox: the real server refuses, then accepts, and the mail arrives exactly once. */
class SmtpRetryUntilAcceptedTest {

    private static final BotId SHOP = new BotId("shop");
    private final LocalMailServer server = new LocalMailServer();
    private final BotMailSettings settings = BotMailSettings.pointingAt(server);
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T09:00:00Z"));
    private final DeliverMail deliver = new DeliverMailService(outbox, new SmtpMailSender(settings, Duration.ofSeconds(5)),
            RetrySchedule.ofMinutes(List.of(1, 5, 30)), clock, Duration.ofMinutes(10), 10);

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    private OutboxEntry queued() {
        return outbox.queue(new Mail(SHOP, Recipients.parse("ana@example.com"), "Your order", "It shipped."), clock.instant());
    }

    private OutboxEntry now(OutboxEntry entry) {
        return outbox.all().stream().filter(e -> e.id().equals(entry.id())).findFirst().orElseThrow();
    }

    @Test
    void a_mail_queued_while_the_server_is_down_arrives_once_when_it_is_back() throws Exception {
        OutboxEntry mail = queued();

        assertEquals(new DeliveryRound(0, 1, 0), deliver.deliverDue());
        assertTrue(now(mail).lastError().orElseThrow().contains("Connection refused"), now(mail).lastError().toString());

        server.start();
        clock.advance(Duration.ofMinutes(1));
        assertEquals(new DeliveryRound(1, 0, 0), deliver.deliverDue());
        clock.advance(Duration.ofDays(1));
        assertTrue(deliver.deliverDue().isEmpty());

        assertEquals(1, server.received().size());
        assertEquals("Your order", server.received().getFirst().getSubject());
        assertEquals(MailStatus.SENT, now(mail).status());
        assertEquals(2, now(mail).attempts());
    }

    @Test
    void a_mail_refused_for_a_wrong_password_goes_out_once_after_the_password_is_fixed() throws Exception {
        server.start();
        settings.set(EmailKeys.PASSWORD, "typo");
        OutboxEntry mail = queued();

        deliver.deliverDue();
        clock.advance(Duration.ofMinutes(1));
        deliver.deliverDue();
        assertEquals(0, server.received().size());
        assertEquals(Optional.of(MailStatus.QUEUED), Optional.of(now(mail).status()));

        settings.set(EmailKeys.PASSWORD, LocalMailServer.PASSWORD);
        clock.advance(Duration.ofMinutes(5));
        assertEquals(new DeliveryRound(1, 0, 0), deliver.deliverDue());
        clock.advance(Duration.ofDays(1));
        deliver.deliverDue();

        assertEquals(1, server.received().size());
        assertEquals(3, now(mail).attempts());
    }

    @Test
    void a_mail_the_server_never_takes_ends_failed_with_the_servers_last_answer() {
        OutboxEntry mail = queued();

        deliver.deliverDue();
        for (int minutes : List.of(1, 5, 30)) {
            clock.advance(Duration.ofMinutes(minutes));
            deliver.deliverDue();
        }

        assertEquals(MailStatus.FAILED, now(mail).status());
        assertEquals(4, now(mail).attempts());
        assertTrue(now(mail).lastError().orElseThrow().contains("Connection refused"));
    }
}
