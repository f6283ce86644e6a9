package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import org.botserver.application.memory.MemoryStore;
import org.botserver.application.memory.MemoryStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Postgres memory store passes the same contract as every other MemoryStore, on a real embedded PostgreSQL. */
class PostgresMemoryStoreTest extends MemoryStoreContract {

    private static Path dataDir;
    private static PostgresPersistence persistence;

    @BeforeAll
    static void startDatabase() {
        dataDir = TestDataDirectory.fresh(PostgresMemoryStoreTest.class);
        persistence = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 4));
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        TestDataDirectory.delete(dataDir);
    }

    @Override
    protected MemoryStore store() {
        return persistence.memory();
    }
}
