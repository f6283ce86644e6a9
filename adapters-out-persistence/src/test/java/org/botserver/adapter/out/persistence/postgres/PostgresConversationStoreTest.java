package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.ConversationStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Postgres store passes the same contract as every other ConversationStore, on a real embedded PostgreSQL. */
class PostgresConversationStoreTest extends ConversationStoreContract {

    private static Path dataDir;
    private static PostgresPersistence persistence;

    @BeforeAll
    static void startDatabase() {
        dataDir = TestDataDirectory.fresh(PostgresConversationStoreTest.class);
        persistence = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 4));
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        TestDataDirectory.delete(dataDir);
    }

    @Override
    protected ConversationStore store() {
        return persistence.conversations();
    }
}
