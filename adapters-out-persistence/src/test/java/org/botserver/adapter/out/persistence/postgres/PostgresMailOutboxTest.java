package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import org.botserver.application.mail.MailOutbox;
import org.botserver.application.mail.MailOutboxContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Postgres outbox passes the same contract as every other MailOutbox, on a real embedded PostgreSQL. */
class PostgresMailOutboxTest extends MailOutboxContract {

    private static Path dataDir;
    private static PostgresPersistence persistence;

    @BeforeAll
    static void startDatabase() {
        dataDir = TestDataDirectory.fresh(PostgresMailOutboxTest.class);
        persistence = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 8));
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        TestDataDirectory.delete(dataDir);
    }

    @Override
    protected MailOutbox outbox() {
        return persistence.mailOutbox();
    }
}
