package org.botserver.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.application.mail.DeliverMail.DeliveryRound;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

/** A refused mail is retried with growing waits until the server takes it, or failed for good after the last try. */
class MailRetriesTest {

    private static final BotId SHOP = new BotId("shop");
    private final MailFixture fixture = new MailFixture();
    private final QueueMail queue = fixture.queue(MailFixture.bot("shop", Map.of()));
    private final ScriptedMailServer server = new ScriptedMailServer();
    private final RetrySchedule schedule = RetrySchedule.ofMinutes(List.of(1, 5, 30));
    private final DeliverMail deliver = new DeliverMailService(fixture.outbox, server, schedule, fixture.clock,
            Duration.ofMinutes(10), 20);

    private MailId queueOne() {
        return queue.queue(new QueueMailCommand(SHOP, Recipients.parse("ana@example.com"), "Hi", "Welcome!"));
    }

    private OutboxEntry entry(MailId id) {
        return fixture.outbox.all().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_mail_the_server_takes_at_once_is_sent_exactly_once() {
        MailId id = queueOne();

        assertEquals(new DeliveryRound(1, 0, 0), deliver.deliverDue());
        assertEquals(new DeliveryRound(0, 0, 0), deliver.deliverDue());
        fixture.clock.advance(Duration.ofDays(1));
        assertTrue(deliver.deliverDue().isEmpty());

        assertEquals(List.of(id), server.accepted());
        assertEquals(MailStatus.SENT, entry(id).status());
        assertEquals(Optional.of(MailFixture.START), entry(id).sentAt());
    }

    @Test
    void a_refused_mail_waits_one_then_five_minutes_and_is_sent_when_the_server_accepts() {
        MailId id = queueOne();
        server.refuse(2, "Connection refused");

        assertEquals(new DeliveryRound(0, 1, 0), deliver.deliverDue());
        assertEquals(Optional.of("Connection refused"), entry(id).lastError());
        assertEquals(MailFixture.START.plus(Duration.ofMinutes(1)), entry(id).nextAttemptAt());

        fixture.clock.advance(Duration.ofSeconds(59));
        assertTrue(deliver.deliverDue().isEmpty(), "not due before its minute is up");
        fixture.clock.advance(Duration.ofSeconds(1));
        assertEquals(new DeliveryRound(0, 1, 0), deliver.deliverDue());
        assertEquals(MailFixture.START.plus(Duration.ofMinutes(6)), entry(id).nextAttemptAt());

        fixture.clock.advance(Duration.ofMinutes(5));
        assertEquals(new DeliveryRound(1, 0, 0), deliver.deliverDue());
        assertEquals(List.of(id), server.accepted());
        assertEquals(3, entry(id).attempts());
        assertEquals(MailStatus.SENT, entry(id).status());
    }

    @Test
    void after_the_last_attempt_the_mail_is_failed_with_its_last_error_and_never_tried_again() {
        MailId id = queueOne();
        server.refuse(10, "535 Authentication failed");

        deliver.deliverDue();
        for (Duration wait : schedule.delays()) {
            fixture.clock.advance(wait);
            deliver.deliverDue();
        }

        assertEquals(MailStatus.FAILED, entry(id).status());
        assertEquals(schedule.maxAttempts(), entry(id).attempts());
        assertEquals(Optional.of("535 Authentication failed"), entry(id).lastError());
        fixture.clock.advance(Duration.ofDays(30));
        assertTrue(deliver.deliverDue().isEmpty());
        assertEquals(4, server.attempts());
    }

    @Test
    void a_sender_that_throws_counts_as_a_failed_attempt_rather_than_leaving_the_mail_claimed() {
        MailId id = queueOne();
        DeliverMail broken = new DeliverMailService(fixture.outbox, (mailId, mail) -> {
            throw new IllegalStateException("boom");
        }, schedule, fixture.clock, Duration.ofMinutes(10), 20);

        assertEquals(new DeliveryRound(0, 1, 0), broken.deliverDue());
        assertEquals(MailFixture.START.plus(Duration.ofMinutes(1)), entry(id).nextAttemptAt());
        assertTrue(entry(id).lastError().orElseThrow().contains("boom"));
    }

    @Test
    void the_standard_schedule_waits_longer_each_time_over_six_attempts() {
        RetrySchedule standard = RetrySchedule.standard();

        assertEquals(6, standard.maxAttempts());
        assertEquals(Optional.of(Duration.ofMinutes(1)), standard.delayAfter(1));
        assertEquals(Optional.of(Duration.ofHours(6)), standard.delayAfter(5));
        assertEquals(Optional.empty(), standard.delayAfter(6));
    }
}
