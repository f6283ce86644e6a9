package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import org.botserver.application.table.BotTables;
import org.botserver.application.table.BotTablesContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Bot tables in PostgreSQL keep the bot-tables contract, on a real embedded PostgreSQL. */
class PostgresBotTablesTest extends BotTablesContract {

    private static Path dataDir;
    private static PostgresPersistence persistence;

    @BeforeAll
    static void startDatabase() {
        dataDir = TestDataDirectory.fresh(PostgresBotTablesTest.class);
        persistence = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 2));
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        TestDataDirectory.delete(dataDir);
    }

    @Override
    protected BotTables tables() {
        return persistence.botTables();
    }
}
