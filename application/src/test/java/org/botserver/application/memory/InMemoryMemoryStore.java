package org.botserver.application.memory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.domain.basic.runtime.ValueCodec;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;

/** A MemoryStore in maps, for the application's tests; values are copied through the codec as a database would. */
public final class InMemoryMemoryStore implements MemoryStore {

    private record Remembered(byte[] value, Instant expiresAt) {
    }

    private final Map<String, byte[]> bots = new ConcurrentHashMap<>();
    private final Map<String, byte[]> users = new ConcurrentHashMap<>();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private static String key(String owner, MemoryKey key) {
        return owner + "\u0000" + key.value();
    }

    private static void keep(Map<String, byte[]> map, String key, Value value) {
        if (value instanceof NullValue) map.remove(key);
        else map.put(key, ValueCodec.toBytes(value));
    }

    @Override
    public void keepBotMemory(BotId bot, MemoryKey key, Value value) {
        keep(bots, key(bot.value(), key), value);
    }

    @Override
    public Optional<Value> botMemory(BotId bot, MemoryKey key) {
        return Optional.ofNullable(bots.get(key(bot.value(), key))).map(ValueCodec::fromBytes);
    }

    @Override
    public void keepUserMemory(String userId, MemoryKey key, Value value) {
        keep(users, key(userId, key), value);
    }

    @Override
    public Optional<Value> userMemory(String userId, MemoryKey key) {
        return Optional.ofNullable(users.get(key(userId, key))).map(ValueCodec::fromBytes);
    }

    @Override
    public void remember(BotId bot, String userId, MemoryKey key, Value value, Instant expiresAt) {
        String k = key(bot.value() + "\u0000" + userId, key);
        if (value instanceof NullValue) remembered.remove(k);
        else remembered.put(k, new Remembered(ValueCodec.toBytes(value), expiresAt));
    }

    @Override
    public Optional<Value> recall(BotId bot, String userId, MemoryKey key, Instant now) {
        return Optional.ofNullable(remembered.get(key(bot.value() + "\u0000" + userId, key)))
                .filter(r -> r.expiresAt().isAfter(now)).map(r -> ValueCodec.fromBytes(r.value()));
    }

    @Override
    public int forgetExpired(Instant now) {
        int before = remembered.size();
        remembered.values().removeIf(r -> !r.expiresAt().isAfter(now));
        return before - remembered.size();
    }
}
