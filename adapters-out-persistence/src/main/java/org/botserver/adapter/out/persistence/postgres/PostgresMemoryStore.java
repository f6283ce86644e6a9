package org.botserver.adapter.out.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.botserver.application.memory.MemoryKey;
import org.botserver.application.memory.MemoryStore;
import org.botserver.application.memory.MemoryStoreException;
import org.botserver.domain.basic.runtime.ValueCodec;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.hibernate.SessionFactory;

/**
 * Bot memory, user memory and remembered values in the {@code bot_memory}, {@code user_memory} and
 * {@code remembered} tables, each value in the domain's binary form; one auto-committed statement per call.
 */
final class PostgresMemoryStore implements MemoryStore {

    private static final String KEEP_BOT = """
            insert into bot_memory (bot_id, key, value, updated_at) values (?, ?, ?, now())
            on conflict (bot_id, key) do update set value = excluded.value, updated_at = excluded.updated_at""";
    private static final String FORGET_BOT = "delete from bot_memory where bot_id = ? and key = ?";
    private static final String READ_BOT = "select value from bot_memory where bot_id = ? and key = ?";
    private static final String KEEP_USER = """
            insert into user_memory (user_id, key, value, updated_at) values (?, ?, ?, now())
            on conflict (user_id, key) do update set value = excluded.value, updated_at = excluded.updated_at""";
    private static final String FORGET_USER = "delete from user_memory where user_id = ? and key = ?";
    private static final String READ_USER = "select value from user_memory where user_id = ? and key = ?";
    private static final String REMEMBER = """
            insert into remembered (bot_id, user_id, key, value, expires_at) values (?, ?, ?, ?, ?)
            on conflict (bot_id, user_id, key) do update set value = excluded.value, expires_at = excluded.expires_at""";
    private static final String FORGET_REMEMBERED = "delete from remembered where bot_id = ? and user_id = ? and key = ?";
    private static final String RECALL = """
            select value from remembered where bot_id = ? and user_id = ? and key = ? and expires_at > ?""";
    private static final String FORGET_EXPIRED = "delete from remembered where expires_at <= ?";

    private final SessionFactory sessions;

    PostgresMemoryStore(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public void keepBotMemory(BotId bot, MemoryKey key, Value value) {
        if (value instanceof NullValue) update(FORGET_BOT, bot.value(), key.value());
        else update(KEEP_BOT, bot.value(), key.value(), ValueCodec.toBytes(value));
    }

    @Override
    public Optional<Value> botMemory(BotId bot, MemoryKey key) {
        return read(READ_BOT, bot.value(), key.value());
    }

    @Override
    public void keepUserMemory(String userId, MemoryKey key, Value value) {
        if (value instanceof NullValue) update(FORGET_USER, userId, key.value());
        else update(KEEP_USER, userId, key.value(), ValueCodec.toBytes(value));
    }

    @Override
    public Optional<Value> userMemory(String userId, MemoryKey key) {
        return read(READ_USER, userId, key.value());
    }

    @Override
    public void remember(BotId bot, String userId, MemoryKey key, Value value, Instant expiresAt) {
        if (value instanceof NullValue) update(FORGET_REMEMBERED, bot.value(), userId, key.value());
        else update(REMEMBER, bot.value(), userId, key.value(), ValueCodec.toBytes(value), Timestamp.from(expiresAt));
    }

    @Override
    public Optional<Value> recall(BotId bot, String userId, MemoryKey key, Instant now) {
        return read(RECALL, bot.value(), userId, key.value(), Timestamp.from(now));
    }

    @Override
    public int forgetExpired(Instant now) {
        return update(FORGET_EXPIRED, Timestamp.from(now));
    }

    private int update(String sql, Object... values) {
        return jdbc(sql, values, PreparedStatement::executeUpdate);
    }

    private Optional<Value> read(String sql, Object... values) {
        return jdbc(sql, values, s -> {
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(ValueCodec.fromBytes(row.getBytes(1))) : Optional.empty();
            }
        });
    }

    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T jdbc(String sql, Object[] values, Statement<T> work) {
        try {
            return sessions.fromStatelessSession(session -> session.doReturningWork((Connection connection) -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < values.length; i++) statement.setObject(i + 1, values[i]);
                    return work.run(statement);
                }
            }));
        } catch (RuntimeException e) {
            throw new MemoryStoreException("The memory tables could not be used: " + e.getMessage(), e);
        }
    }
}
