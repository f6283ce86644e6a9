package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.ConversationsByUserContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Postgres store lists a user's conversations as the contract says, on a real embedded PostgreSQL. */
class PostgresConversationsByUserTest extends ConversationsByUserContract {

    private static Path dataDir;
    private static PostgresPersistence persistence;

    @BeforeAll
    static void startDatabase() {
        dataDir = TestDataDirectory.fresh(PostgresConversationsByUserTest.class);
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
