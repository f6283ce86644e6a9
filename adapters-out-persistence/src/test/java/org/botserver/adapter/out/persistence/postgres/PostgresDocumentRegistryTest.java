package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import org.botserver.application.knowledge.DocumentRegistry;
import org.botserver.application.knowledge.DocumentRegistryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** kb_documents keeps the document registry contract, on a real embedded PostgreSQL. */
class PostgresDocumentRegistryTest extends DocumentRegistryContract {

    private static Path dataDir;
    private static PostgresPersistence persistence;

    @BeforeAll
    static void startDatabase() {
        dataDir = TestDataDirectory.fresh(PostgresDocumentRegistryTest.class);
        persistence = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 2));
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        TestDataDirectory.delete(dataDir);
    }

    @Override
    protected DocumentRegistry registry() {
        return persistence.knowledgeDocuments();
    }
}
