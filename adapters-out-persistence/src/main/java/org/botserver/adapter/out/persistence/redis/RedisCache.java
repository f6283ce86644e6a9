package org.botserver.adapter.out.persistence.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.botserver.application.access.RateBuckets;
import org.botserver.application.cache.CacheStore;

/**
 * The Redis adapter's entry point: one thread-safe Lettuce connection shared by every cache user and the rate
 * limits. While Redis is away, commands fail at once (the cache counts them as misses, the rate limits fall back
 * to this server's own buckets) and the connection comes back by itself.
 */
public final class RedisCache implements AutoCloseable {

    /** How long a cache command may take before it counts as a miss: a slow cache is worse than none. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final CacheStore store;
    private final RateBuckets rateBuckets;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisCache(RedisClient client, StatefulRedisConnection<String, byte[]> connection, String where) {
        this.client = client;
        this.connection = connection;
        this.store = new RedisCacheStore(connection.sync(), where);
        this.rateBuckets = new RedisRateBuckets(connection, where, RedisRateBuckets.PAUSE_AFTER_FAILURE);
    }

    /**
     * Connects to {@code redis://[user:password@]host:port[/database]} (or {@code rediss://} for TLS).
     *
     * @throws IllegalStateException with a plain message when the URL is malformed or Redis cannot be reached
     */
    public static RedisCache connect(String url) {
        RedisURI uri;
        try {
            uri = RedisURI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("REDIS_URL is not a Redis URL (redis://host:port): " + e.getMessage(), e);
        }
        uri.setTimeout(COMMAND_TIMEOUT);
        String where = uri.getHost() + ":" + uri.getPort();
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .build());
        try {
            return new RedisCache(client, client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)), where);
        } catch (RedisException e) {
            client.shutdown();
            throw new IllegalStateException("Redis at " + where + " cannot be reached: " + e.getMessage(), e);
        }
    }

    public CacheStore store() {
        return store;
    }

    /** Token buckets shared by every server on this Redis. */
    public RateBuckets rateBuckets() {
        return rateBuckets;
    }

    StatefulRedisConnection<String, byte[]> connection() {
        return connection;
    }

    /** Whether Redis answers a PING now; for the readiness check. */
    public boolean isReady() {
        if (closed.get()) return false;
        try {
            return "PONG".equals(connection.sync().ping());
        } catch (RedisException e) {
            return false;
        }
    }

    /** Closes the connection and the client's threads; later calls do nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) return;
        try {
            connection.close();
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
