package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import org.botserver.application.bot.DialogVersionStore;
import org.botserver.application.bot.DialogVersionStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Postgres dialog versions pass the same contract as every other DialogVersionStore, on embedded PostgreSQL. */
class PostgresDialogVersionStoreTest extends DialogVersionStoreContract {

    private static Path dataDir;
    private static PostgresPersistence persistence;

    @BeforeAll
    static void startDatabase() {
        dataDir = TestDataDirectory.fresh(PostgresDialogVersionStoreTest.class);
        persistence = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 4));
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        TestDataDirectory.delete(dataDir);
    }

    @Override
    protected DialogVersionStore store() {
        return persistence.dialogVersions();
    }
}
