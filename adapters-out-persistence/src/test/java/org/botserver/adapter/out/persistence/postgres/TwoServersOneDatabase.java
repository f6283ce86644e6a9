package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import java.util.Optional;
import org.botserver.application.cache.CacheStore;

/**
 * Two application servers' persistence on one embedded PostgreSQL, as a cluster runs: for the tests that show
 * something happens once across servers. Closing stops both and the database and removes their folders.
 */
final class TwoServersOneDatabase implements AutoCloseable {

    private final Path serverDir;
    private final Path appDir;
    private final EmbeddedPostgresServer database;
    private final PostgresPersistence first;
    private final PostgresPersistence second;

    private TwoServersOneDatabase(Class<?> test, int poolSize, Optional<CacheStore> sharedSessions) {
        serverDir = TestDataDirectory.fresh(test);
        appDir = TestDataDirectory.fresh(test);
        database = EmbeddedPostgresServer.start(serverDir);
        JdbcTarget db = database.target();
        PersistenceSettings settings = new PersistenceSettings(Optional.of(db.url()), db.user(), db.password(), appDir,
                poolSize);
        first = PostgresPersistence.start(settings, GroupCommit.DEFAULT, sharedSessions);
        second = PostgresPersistence.start(settings, GroupCommit.DEFAULT, sharedSessions);
    }

    static TwoServersOneDatabase start(Class<?> test, int poolSize) {
        return new TwoServersOneDatabase(test, poolSize, Optional.empty());
    }

    /** Both servers keep conversations between turns in the one shared store, as with REDIS_URL set. */
    static TwoServersOneDatabase sharingSessions(Class<?> test, int poolSize, CacheStore sharedSessions) {
        return new TwoServersOneDatabase(test, poolSize, Optional.of(sharedSessions));
    }

    PostgresPersistence first() { return first; }

    PostgresPersistence second() { return second; }

    @Override
    public void close() {
        second.close();
        first.close();
        database.close();
        TestDataDirectory.delete(serverDir);
        TestDataDirectory.delete(appDir);
    }
}
