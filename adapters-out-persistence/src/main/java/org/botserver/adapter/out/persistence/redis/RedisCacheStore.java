package org.botserver.adapter.out.persistence.redis;

import io.lettuce.core.GetExArgs;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.CacheUnavailableException;
import org.botserver.application.cache.VectorEntry;

/** A {@link CacheStore} in Redis: texts as strings with PX expiry, each scope's vectors as a capped list. */
final class RedisCacheStore implements CacheStore {

    /** Push, trim and expire in one step, so a scope never outgrows its cap nor outlives its last answer. */
    private static final String PUSH_VECTOR = """
            redis.call('LPUSH', KEYS[1], ARGV[1])
            redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
            return redis.call('PEXPIRE', KEYS[1], ARGV[3])
            """;

    private final RedisCommands<String, byte[]> redis;
    private final String where;

    RedisCacheStore(RedisCommands<String, byte[]> redis, String where) {
        this.redis = redis;
        this.where = where;
    }

    @Override
    public Optional<String> get(String key) {
        return call(() -> Optional.ofNullable(redis.get(key)).map(RedisCacheStore::text));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        call(() -> redis.set(key, bytes(value), SetArgs.Builder.px(ttl)));
    }

    @Override
    public Optional<String> getAndTouch(String key, Duration ttl) {
        return call(() -> Optional.ofNullable(redis.getex(key, GetExArgs.Builder.px(ttl))).map(RedisCacheStore::text));
    }

    @Override
    public void remove(String key) {
        call(() -> redis.del(key));
    }

    @Override
    public void pushVector(String scope, VectorEntry entry, int keep, Duration ttl) {
        if (keep < 1) throw new IllegalArgumentException("keep must be positive: " + keep);
        call(() -> redis.eval(PUSH_VECTOR, ScriptOutputType.INTEGER, new String[] {scope},
                VectorEntryCodec.encode(entry), bytes(Integer.toString(keep)), bytes(Long.toString(ttl.toMillis()))));
    }

    @Override
    public List<VectorEntry> vectors(String scope) {
        return call(() -> redis.lrange(scope, 0, -1).stream().map(VectorEntryCodec::decode).toList());
    }

    private <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (RedisException e) {
            throw new CacheUnavailableException("Redis at " + where + " did not answer: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
