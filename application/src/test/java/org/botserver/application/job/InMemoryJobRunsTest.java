package org.botserver.application.job;

/** The in-memory fake keeps the same promises as the database's record of runs. */
class InMemoryJobRunsTest extends JobRunsContract {

    private final InMemoryJobRuns runs = new InMemoryJobRuns();

    @Override
    protected JobRuns runs() {
        return runs;
    }
}
