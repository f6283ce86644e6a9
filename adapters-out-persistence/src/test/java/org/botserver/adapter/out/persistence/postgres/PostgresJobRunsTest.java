package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import org.botserver.application.job.JobRuns;
import org.botserver.application.job.JobRunsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Postgres record of runs passes the same contract as every other JobRuns, on a real embedded PostgreSQL. */
class PostgresJobRunsTest extends JobRunsContract {

    private static Path dataDir;
    private static PostgresPersistence persistence;

    @BeforeAll
    static void startDatabase() {
        dataDir = TestDataDirectory.fresh(PostgresJobRunsTest.class);
        persistence = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 4));
    }

    @AfterAll
    static void stopDatabase() {
        if (persistence != null) persistence.close();
        TestDataDirectory.delete(dataDir);
    }

    @Override
    protected JobRuns runs() {
        return persistence.jobRuns();
    }
}
