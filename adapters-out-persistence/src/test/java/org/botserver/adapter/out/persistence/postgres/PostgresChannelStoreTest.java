package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import org.botserver.application.channel.ChannelStore;
import org.botserver.application.channel.ChannelStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Postgres channel store passes the same contract as every other ChannelStore, on a real embedded PostgreSQL. */
class PostgresChannelStoreTest extends ChannelStoreContract {

    private static Path dataDir;
    private static PostgresPersistence persistence;

    @BeforeAll
    static void startDatabase() {
        dataDir = TestDataDirectory.fresh(PostgresChannelStoreTest.class);
        persistence = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 4));
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        TestDataDirectory.delete(dataDir);
    }

    @Override
    protected ChannelStore store() {
        return persistence.channels();
    }
}
