package org.botserver.adapter.out.persistence.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.botserver.application.mail.Mail;
import org.botserver.application.mail.MailId;
import org.botserver.application.mail.MailOutbox;
import org.botserver.application.mail.MailStatus;
import org.botserver.application.mail.OutboxEntry;
import org.botserver.application.mail.Recipients;
import org.botserver.domain.bot.BotId;
import org.hibernate.SessionFactory;

/**
 * The outbox in {@code mail_outbox}. A claim is one statement: it locks the due rows it picks, skipping rows
 * another server has locked at that moment, and moves them a lease ahead, so no two claims return the same mail.
 */
final class PostgresMailOutbox implements MailOutbox {

    private static final String COLUMNS = "id, bot_id, recipients, subject, body, status, attempts, created_at, "
            + "next_attempt_at, last_error, sent_at";
    private static final String QUEUE = "insert into mail_outbox (" + COLUMNS + ") values (?, ?, ?, ?, ?, 'queued', 0, ?, ?, null, null)";
    private static final String CLAIM = """
            update mail_outbox set attempts = attempts + 1, next_attempt_at = ?
            where id in (select id from mail_outbox where status = 'queued' and next_attempt_at <= ?
                         order by next_attempt_at limit ? for update skip locked)
            returning\s""" + COLUMNS;
    // The attempts and the status fence the update: a claimer whose lease ran out and was overtaken changes nothing.
    private static final String RECORD = """
            update mail_outbox set status = ?, next_attempt_at = coalesce(?, next_attempt_at), last_error = coalesce(?, last_error),
            sent_at = ? where id = ? and attempts = ? and status = 'queued'""";
    private static final String RECENT = "select " + COLUMNS + " from mail_outbox where bot_id = ? and status = coalesce(?, status) "
            + "order by created_at desc, id limit ?";

    private final Statements statements;

    PostgresMailOutbox(SessionFactory sessions) {
        this.statements = new Statements(sessions);
    }

    @Override
    public OutboxEntry queue(Mail mail, Instant now) {
        OutboxEntry entry = OutboxEntry.queued(MailId.random(), mail, now);
        statements.run(QUEUE, s -> {
            Statements.bind(s, entry.id().value(), mail.bot().value(), mail.to().toString(), mail.subject(), mail.body(),
                    Timestamp.from(now), Timestamp.from(now));
            return s.executeUpdate();
        });
        return entry;
    }

    @Override
    public List<OutboxEntry> claimDue(Instant now, Duration lease, int limit) {
        return statements.run(CLAIM, s -> {
            Statements.bind(s, Timestamp.from(now.plus(lease)), Timestamp.from(now), limit);
            return read(s);
        });
    }

    @Override
    public boolean sent(OutboxEntry claimed, Instant at) {
        return record(claimed, MailStatus.SENT, null, null, Timestamp.from(at));
    }

    @Override
    public boolean retryLater(OutboxEntry claimed, String error, Instant nextAttempt) {
        return record(claimed, MailStatus.QUEUED, Timestamp.from(nextAttempt), error, null);
    }

    @Override
    public boolean failed(OutboxEntry claimed, String error) {
        return record(claimed, MailStatus.FAILED, null, error, null);
    }

    @Override
    public List<OutboxEntry> recent(BotId bot, Optional<MailStatus> status, int limit) {
        String wanted = status.map(PostgresMailOutbox::column).orElse(null);
        return statements.run(RECENT, s -> {
            Statements.bind(s, bot.value(), wanted, limit);
            return read(s);
        });
    }

    private boolean record(OutboxEntry claimed, MailStatus status, Timestamp next, String error, Timestamp sentAt) {
        return statements.run(RECORD, s -> {
            Statements.bind(s, column(status), next, error, sentAt, claimed.id().value(), claimed.attempts());
            return s.executeUpdate() == 1;
        });
    }

    private static String column(MailStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static List<OutboxEntry> read(PreparedStatement statement) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                Mail mail = new Mail(new BotId(row.getString("bot_id")), Recipients.parse(row.getString("recipients")),
                        row.getString("subject"), row.getString("body"));
                entries.add(new OutboxEntry(new MailId(row.getObject("id", UUID.class)), mail,
                        MailStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)), row.getInt("attempts"),
                        row.getTimestamp("created_at").toInstant(), row.getTimestamp("next_attempt_at").toInstant(),
                        Optional.ofNullable(row.getString("last_error")),
                        Optional.ofNullable(row.getTimestamp("sent_at")).map(Timestamp::toInstant)));
            }
        }
        return entries;
    }
}
