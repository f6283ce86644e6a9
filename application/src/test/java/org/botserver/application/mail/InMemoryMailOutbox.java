package org.botserver.application.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.domain.bot.BotId;

/** The outbox in a map, for the application's tests; one lock stands in for the database's row locks. */
public final class InMemoryMailOutbox implements MailOutbox {

    private final Map<MailId, OutboxEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized OutboxEntry queue(Mail mail, Instant now) {
        OutboxEntry entry = OutboxEntry.queued(MailId.random(), mail, now);
        entries.put(entry.id(), entry);
        return entry;
    }

    @Override
    public synchronized List<OutboxEntry> claimDue(Instant now, Duration lease, int limit) {
        List<OutboxEntry> claimed = new ArrayList<>();
        for (OutboxEntry e : entries.values().stream().filter(e -> e.status() == MailStatus.QUEUED && !e.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(OutboxEntry::nextAttemptAt)).limit(limit).toList()) {
            OutboxEntry taken = new OutboxEntry(e.id(), e.mail(), e.status(), e.attempts() + 1, e.createdAt(),
                    now.plus(lease), e.lastError(), e.sentAt());
            entries.put(e.id(), taken);
            claimed.add(taken);
        }
        return claimed;
    }

    @Override
    public synchronized boolean sent(OutboxEntry claimed, Instant at) {
        return update(claimed, MailStatus.SENT, claimed.nextAttemptAt(), claimed.lastError(), Optional.of(at));
    }

    @Override
    public synchronized boolean retryLater(OutboxEntry claimed, String error, Instant nextAttempt) {
        return update(claimed, MailStatus.QUEUED, nextAttempt, Optional.of(error), Optional.empty());
    }

    @Override
    public synchronized boolean failed(OutboxEntry claimed, String error) {
        return update(claimed, MailStatus.FAILED, claimed.nextAttemptAt(), Optional.of(error), Optional.empty());
    }

    @Override
    public synchronized List<OutboxEntry> recent(BotId bot, Optional<MailStatus> status, int limit) {
        return entries.values().stream().filter(e -> e.mail().bot().equals(bot))
                .filter(e -> status.map(s -> s == e.status()).orElse(true))
                .sorted(Comparator.comparing(OutboxEntry::createdAt).reversed()).limit(limit).toList();
    }

    /** Every mail, for assertions. */
    public synchronized List<OutboxEntry> all() {
        return List.copyOf(entries.values());
    }

    private boolean update(OutboxEntry claimed, MailStatus status, Instant next, Optional<String> error, Optional<Instant> sentAt) {
        OutboxEntry current = entries.get(claimed.id());
        if (current == null || current.status() != MailStatus.QUEUED || current.attempts() != claimed.attempts()) return false;
        entries.put(claimed.id(), new OutboxEntry(current.id(), current.mail(), status, current.attempts(),
                current.createdAt(), next, error, sentAt));
        return true;
    }
}
