package org.botserver.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

/** What every MailOutbox adapter promises; each adapter's test extends this with its own outbox. */
public abstract class MailOutboxContract {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    protected abstract MailOutbox outbox();

    private final BotId bot = new BotId("bot-" + UUID.randomUUID().toString().substring(0, 8));

    private Mail mail(String subject) {
        return new Mail(bot, Recipients.parse("ana@example.com, bob@example.org"), subject, "Dear Ana,\nhello.");
    }

    /** Only this test's bot's mails: other tests may share the outbox. */
    private List<OutboxEntry> claim(Instant at, int limit) {
        return outbox().claimDue(at, LEASE, limit).stream().filter(e -> e.mail().bot().equals(bot)).toList();
    }

    /** Small claims, one after the other, as a server does round after round. */
    private List<OutboxEntry> claimUntilNoneIsLeft() {
        List<OutboxEntry> mine = new ArrayList<>();
        List<OutboxEntry> batch;
        while (!(batch = outbox().claimDue(NOW, LEASE, 3)).isEmpty()) {
            batch.stream().filter(e -> e.mail().bot().equals(bot)).forEach(mine::add);
        }
        return mine;
    }

    @Test
    void a_queued_mail_is_kept_whole_and_due_at_once() {
        OutboxEntry queued = outbox().queue(mail("Hi"), NOW);

        List<OutboxEntry> claimed = claim(NOW, 100);

        assertEquals(1, claimed.size());
        OutboxEntry taken = claimed.getFirst();
        assertEquals(queued.id(), taken.id());
        assertEquals(mail("Hi"), taken.mail());
        assertEquals(1, taken.attempts());
        assertEquals(NOW.plus(LEASE), taken.nextAttemptAt());
    }

    @Test
    void a_claimed_mail_is_not_claimed_again_until_its_lease_runs_out() {
        outbox().queue(mail("Hi"), NOW);
        claim(NOW, 100);

        assertEquals(List.of(), claim(NOW.plusSeconds(60), 100));
        assertEquals(2, claim(NOW.plus(LEASE), 100).getFirst().attempts());
    }

    @Test
    void a_sent_mail_is_never_claimed_again_and_shows_when_it_was_sent() {
        outbox().queue(mail("Hi"), NOW);
        OutboxEntry taken = claim(NOW, 100).getFirst();

        assertTrue(outbox().sent(taken, NOW.plusSeconds(2)));

        assertEquals(List.of(), claim(NOW.plus(Duration.ofDays(1)), 100));
        OutboxEntry sent = outbox().recent(bot, Optional.of(MailStatus.SENT), 10).getFirst();
        assertEquals(Optional.of(NOW.plusSeconds(2)), sent.sentAt());
        assertEquals(1, sent.attempts());
    }

    @Test
    void a_retried_mail_is_due_again_at_its_next_attempt_with_the_reason_kept() {
        outbox().queue(mail("Hi"), NOW);
        OutboxEntry taken = claim(NOW, 100).getFirst();

        assertTrue(outbox().retryLater(taken, "421 try later", NOW.plusSeconds(60)));

        assertEquals(List.of(), claim(NOW.plusSeconds(59), 100));
        OutboxEntry again = claim(NOW.plusSeconds(60), 100).getFirst();
        assertEquals(2, again.attempts());
        assertEquals(Optional.of("421 try later"), again.lastError());
    }

    @Test
    void a_failed_mail_stays_visible_with_its_last_error() {
        outbox().queue(mail("Hi"), NOW);
        OutboxEntry taken = claim(NOW, 100).getFirst();

        assertTrue(outbox().failed(taken, "550 no such user"));

        assertEquals(List.of(), claim(NOW.plus(Duration.ofDays(1)), 100));
        List<OutboxEntry> failed = outbox().recent(bot, Optional.of(MailStatus.FAILED), 10);
        assertEquals(1, failed.size());
        assertEquals(Optional.of("550 no such user"), failed.getFirst().lastError());
        assertEquals(List.of(), outbox().recent(bot, Optional.of(MailStatus.QUEUED), 10));
    }

    @Test
    void an_outcome_for_a_stale_claim_records_nothing() {
        outbox().queue(mail("Hi"), NOW);
        OutboxEntry stale = claim(NOW, 100).getFirst();
        OutboxEntry current = claim(NOW.plus(LEASE), 100).getFirst();

        assertFalse(outbox().sent(stale, NOW.plus(LEASE)));
        assertTrue(outbox().retryLater(current, "timeout", NOW.plus(Duration.ofHours(1))));
        assertEquals(MailStatus.QUEUED, outbox().recent(bot, Optional.empty(), 10).getFirst().status());
    }

    @Test
    void recent_mails_are_the_bots_own_newest_first() {
        for (int i = 0; i < 3; i++) outbox().queue(mail("Mail " + i), NOW.plusSeconds(i));
        outbox().queue(new Mail(new BotId(bot.value() + "-x"), Recipients.parse("ana@example.com"), "other", ""), NOW);

        assertEquals(List.of("Mail 2", "Mail 1"),
                outbox().recent(bot, Optional.empty(), 2).stream().map(e -> e.mail().subject()).toList());
    }

    @Test
    void of_many_claimers_at_once_each_mail_goes_to_exactly_one() {
        for (int i = 0; i < 20; i++) outbox().queue(mail("Mail " + i), NOW);

        List<CompletableFuture<List<OutboxEntry>>> claims = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(this::claimUntilNoneIsLeft)).toList();

        Set<MailId> seen = new HashSet<>();
        int total = 0;
        for (CompletableFuture<List<OutboxEntry>> claim : claims) {
            for (OutboxEntry entry : claim.join()) {
                total++;
                seen.add(entry.id());
            }
        }
        assertEquals(20, total);
        assertEquals(20, seen.size());
    }
}
