package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.botserver.application.mail.DeliverMail;
import org.botserver.application.mail.DeliverMailService;
import org.botserver.application.mail.Mail;
import org.botserver.application.mail.MailId;
import org.botserver.application.mail.MailSender;
import org.botserver.application.mail.MailStatus;
import org.botserver.application.mail.Recipients;
import org.botserver.application.mail.RetrySchedule;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers, each with its own connection pool and delivery rounds, on one PostgreSQL: every queued mail
 * reaches the mail server exactly once, whichever server's rounds take it.
 */
class MailOnceAcrossServersTest {

    private static final BotId BOT = new BotId("outbox-servers");
    private static TwoServersOneDatabase servers;
    private static PostgresPersistence first;
    private static PostgresPersistence second;

    @BeforeAll
    static void startTwoServersOnOneDatabase() {
        servers = TwoServersOneDatabase.start(MailOnceAcrossServersTest.class, 4);
        first = servers.first();
        second = servers.second();
    }

    @AfterAll
    static void stopThem() {
        if (servers != null) servers.close();
    }

    @Test
    void forty_mails_delivered_by_two_servers_at_once_each_reach_the_mail_server_exactly_once() throws Exception {
        for (int i = 0; i < 40; i++) {
            first.mailOutbox().queue(new Mail(BOT, Recipients.parse("user" + i + "@example.com"), "Mail " + i, "Hello"),
                    Instant.now());
        }
        List<MailId> handedOver = new CopyOnWriteArrayList<>();
        MailSender server = (id, mail) -> {
            handedOver.add(id);
            return new MailSender.SendResult.Accepted();
        };
        List<DeliverMail> rounds = List.of(deliver(first, server), deliver(first, server), deliver(second, server),
                deliver(second, server));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(rounds.size());
        try {
            List<Future<Integer>> sent = rounds.stream().map(round -> threads.submit(() -> {
                start.await();
                int total = 0;
                for (int r = 0; r < 10; r++) total += round.deliverDue().sent();
                return total;
            })).toList();
            start.countDown();
            int total = 0;
            for (Future<Integer> each : sent) total += each.get();
            assertEquals(40, total);
        } finally {
            threads.shutdownNow();
        }

        assertEquals(40, handedOver.size());
        assertEquals(40, new HashSet<>(handedOver).size());
        assertEquals(40, second.mailOutbox().recent(BOT, Optional.of(MailStatus.SENT), 100).size());
    }

    /** Small batches, so the servers' rounds interleave over the same due rows. */
    private static DeliverMail deliver(PostgresPersistence server, MailSender sender) {
        return new DeliverMailService(server.mailOutbox(), sender, RetrySchedule.standard(), Clock.tickMillis(ZoneOffset.UTC),
                Duration.ofMinutes(5), 3);
    }
}
