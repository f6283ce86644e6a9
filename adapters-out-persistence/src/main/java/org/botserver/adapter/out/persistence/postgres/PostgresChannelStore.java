package org.botserver.adapter.out.persistence.postgres;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.botserver.application.channel.ChannelStore;
import org.botserver.application.channel.ReceivedMedia;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.DeliveryStatus;
import org.botserver.domain.channel.MediaKind;
import org.botserver.domain.conversation.ConversationId;
import org.hibernate.SessionFactory;

/**
 * Channel links, the inbox of taken deliveries, delivery statuses and received files in the {@code channel_*} tables.
 * Each call is one auto-committed SQL statement on the pool's connection; the "first delivery" check is the primary
 * key's, and the message is kept by the same insert.
 */
final class PostgresChannelStore implements ChannelStore {

    private static final String FORGET_MEDIA = "delete from channel_media where received_at < ?";
    private static final String FIND_LINK = """
            select session_id from channel_links where bot_id = ? and channel = ? and channel_user_id = ?""";
    private static final String LINK = """
            insert into channel_links (bot_id, channel, channel_user_id, session_id, updated_at) values (?, ?, ?, ?, ?)
            on conflict (bot_id, channel, channel_user_id)
            do update set session_id = excluded.session_id, updated_at = excluded.updated_at""";
    private static final String FIND_RECIPIENT = """
            select channel from channel_links where bot_id = ? and channel_user_id = ?
            order by updated_at desc limit 1""";
    // A status reported late (webhooks arrive out of order) does not overwrite a newer one.
    private static final String RECORD_STATUS = """
            insert into channel_statuses (channel, message_id, recipient, status, reported_at) values (?, ?, ?, ?, ?)
            on conflict (channel, message_id) do update
            set recipient = excluded.recipient, status = excluded.status, reported_at = excluded.reported_at
            where channel_statuses.reported_at <= excluded.reported_at""";
    private static final String FIND_STATUS = """
            select recipient, status, reported_at from channel_statuses where channel = ? and message_id = ?""";

    private static final String KEEP_MEDIA = """
            insert into channel_media (id, bot_id, channel, channel_user_id, kind, mime_type, file_name, content, received_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String FIND_MEDIA = """
            select kind, mime_type, file_name, content from channel_media where id = ? and bot_id = ?""";
    private static final String MEDIA_PREFIX = "media:";

    private final Statements statements;
    private final PostgresChannelInbox inbox;

    PostgresChannelStore(SessionFactory sessions) {
        this.statements = new Statements(sessions);
        this.inbox = new PostgresChannelInbox(sessions);
    }

    @Override
    public boolean takeDelivery(ChannelUpdate update, Instant at) {
        return inbox.take(update, at);
    }

    @Override
    public void answered(ChannelUpdate update, Instant at) {
        inbox.answered(update, at);
    }

    @Override
    public List<ChannelUpdate> reclaimUnanswered(Instant claimedBefore, int maxClaims, Instant at) {
        return inbox.reclaimUnanswered(claimedBefore, maxClaims, at);
    }

    @Override
    public int forgetDeliveriesBefore(Instant cutoff) {
        return inbox.forgetBefore(cutoff);
    }

    @Override
    public int forgetMediaBefore(Instant cutoff) {
        return statements.run(FORGET_MEDIA, s -> {
            Statements.bind(s, Timestamp.from(cutoff));
            return s.executeUpdate();
        });
    }

    @Override
    public Optional<ConversationId> conversationOf(ChannelAddress address) {
        return statements.run(FIND_LINK, s -> {
            Statements.bind(s, address.botId().value(), address.channel().key(), address.userId());
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new ConversationId(row.getObject(1, UUID.class))) : Optional.empty();
            }
        });
    }

    @Override
    public void link(ChannelAddress address, ConversationId conversation, Instant at) {
        statements.run(LINK, s -> {
            Statements.bind(s, address.botId().value(), address.channel().key(), address.userId(), conversation.value(),
                    Timestamp.from(at));
            return s.executeUpdate();
        });
    }

    @Override
    public Optional<ChannelAddress> findRecipient(BotId bot, String userId) {
        return statements.run(FIND_RECIPIENT, s -> {
            Statements.bind(s, bot.value(), userId);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new ChannelAddress(bot, Channel.ofKey(row.getString(1)), userId))
                        : Optional.empty();
            }
        });
    }

    @Override
    public void recordStatus(DeliveryStatus status) {
        statements.run(RECORD_STATUS, s -> {
            Statements.bind(s, status.channel().key(), status.messageId(), status.recipient(), status.status(),
                    Timestamp.from(status.at()));
            return s.executeUpdate();
        });
    }

    @Override
    public String keepMedia(ChannelAddress from, ReceivedMedia media, Instant at) {
        UUID id = UUID.randomUUID();
        statements.run(KEEP_MEDIA, s -> {
            Statements.bind(s, id, from.botId().value(), from.channel().key(), from.userId(), media.kind().name(), media.mimeType(),
                    media.fileName().orElse(null), media.content(), Timestamp.from(at));
            return s.executeUpdate();
        });
        return MEDIA_PREFIX + id;
    }

    @Override
    public Optional<ReceivedMedia> media(BotId bot, String reference) {
        Optional<UUID> id = mediaId(reference);
        if (id.isEmpty()) return Optional.empty();
        return statements.run(FIND_MEDIA, s -> {
            Statements.bind(s, id.get(), bot.value());
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new ReceivedMedia(MediaKind.valueOf(row.getString(1)), row.getString(2),
                        Optional.ofNullable(row.getString(3)), row.getBytes(4))) : Optional.empty();
            }
        });
    }

    private static Optional<UUID> mediaId(String reference) {
        if (reference == null || !reference.startsWith(MEDIA_PREFIX)) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(reference.substring(MEDIA_PREFIX.length())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<DeliveryStatus> statusOf(Channel channel, String messageId) {
        return statements.run(FIND_STATUS, s -> {
            Statements.bind(s, channel.key(), messageId);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new DeliveryStatus(channel, messageId, row.getString(1),
                        row.getString(2), row.getTimestamp(3).toInstant())) : Optional.empty();
            }
        });
    }
}
