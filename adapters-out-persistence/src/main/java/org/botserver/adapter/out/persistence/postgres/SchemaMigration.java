package org.botserver.adapter.out.persistence.postgres;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with the migrations in {@code db/migration} before anything else touches it. */
final class SchemaMigration {

    static final String LOCATION = "classpath:db/migration";

    private SchemaMigration() {}

    /** Applies the pending migrations; returns how many ran (0 when the schema is current). */
    static int migrate(JdbcTarget target) {
        try {
            // This module's class loader: in Liberty the thread's context loader need not see the jar.
            MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(target.url(), target.user(), target.password())
                    .locations(LOCATION)
                    .failOnMissingLocations(true)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new IllegalStateException("The database schema could not be migrated: " + e.getMessage(), e);
        }
    }
}
