package org.botserver.adapter.out.persistence.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.hibernate.SessionFactory;

/**
 * The channel store's inbox in {@code channel_deliveries}: the same insert that recognises a retried webhook keeps
 * its message, until the update is answered; stale unanswered ones are claimed again. One statement per call.
 */
final class PostgresChannelInbox {

    private static final String TAKE_DELIVERY = """
            insert into channel_deliveries (bot_id, channel, delivery_id, received_at, claimed_at, channel_user_id, message)
            values (?, ?, ?, ?, ?, ?, %s)
            on conflict do nothing""".formatted(ChannelMessageFields.JSON_OF_PARAMETERS);
    private static final String ANSWERED = """
            update channel_deliveries set answered_at = ?
            where bot_id = ? and channel = ? and delivery_id = ? and answered_at is null""";
    // SKIP LOCKED: two servers sweeping at once each reclaim different rows.
    private static final String RECLAIM = """
            with due as (
              select bot_id, channel, delivery_id from channel_deliveries
              where answered_at is null and claimed_at < ? and claims < ? and message is not null
              order by received_at limit 100 for update skip locked)
            update channel_deliveries d set claimed_at = ?, claims = d.claims + 1
            from due where d.bot_id = due.bot_id and d.channel = due.channel and d.delivery_id = due.delivery_id
            returning d.received_at, d.bot_id, d.channel, d.channel_user_id, d.delivery_id, %s"""
            .formatted(ChannelMessageFields.selectFrom("d.message"));
    // The index on received_at keeps this a range delete, however large the table has grown.
    private static final String FORGET_DELIVERIES = "delete from channel_deliveries where received_at < ?";

    private final Statements statements;

    PostgresChannelInbox(SessionFactory sessions) {
        this.statements = new Statements(sessions);
    }

    boolean take(ChannelUpdate update, Instant at) {
        ChannelAddress from = update.from();
        return statements.run(TAKE_DELIVERY, s -> {
            Statements.bind(s, from.botId().value(), from.channel().key(), update.deliveryId(), Timestamp.from(at),
                    Timestamp.from(at), from.userId());
            Object[] fields = ChannelMessageFields.values(update.message());
            for (int i = 0; i < fields.length; i++) s.setObject(7 + i, fields[i]);
            return s.executeUpdate() == 1;
        });
    }

    void answered(ChannelUpdate update, Instant at) {
        ChannelAddress from = update.from();
        statements.run(ANSWERED, s -> {
            Statements.bind(s, Timestamp.from(at), from.botId().value(), from.channel().key(), update.deliveryId());
            return s.executeUpdate();
        });
    }

    List<ChannelUpdate> reclaimUnanswered(Instant claimedBefore, int maxClaims, Instant at) {
        return statements.run(RECLAIM, s -> {
            Statements.bind(s, Timestamp.from(claimedBefore), maxClaims, Timestamp.from(at));
            List<Map.Entry<Timestamp, ChannelUpdate>> reclaimed = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) reclaimed.add(Map.entry(row.getTimestamp(1), update(row)));
            }
            // UPDATE ... RETURNING keeps no order: the updates go back in the order they were taken.
            reclaimed.sort(Map.Entry.comparingByKey());
            return reclaimed.stream().map(Map.Entry::getValue).toList();
        });
    }

    private static ChannelUpdate update(ResultSet row) throws SQLException {
        ChannelAddress from = new ChannelAddress(new BotId(row.getString(2)), Channel.ofKey(row.getString(3)), row.getString(4));
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < ChannelMessageFields.NAMES.size(); i++) {
            fields.put(ChannelMessageFields.NAMES.get(i), row.getString(6 + i));
        }
        return new ChannelUpdate(from, row.getString(5), ChannelMessageFields.message(fields::get));
    }

    int forgetBefore(Instant cutoff) {
        return statements.run(FORGET_DELIVERIES, s -> {
            Statements.bind(s, Timestamp.from(cutoff));
            return s.executeUpdate();
        });
    }
}
