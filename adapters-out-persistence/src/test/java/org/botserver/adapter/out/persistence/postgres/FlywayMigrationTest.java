package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A fresh database gets the whole seed schema from the migrations, and migrating again changes nothing. */
class FlywayMigrationTest {

    private static Path dataDir;
    private static EmbeddedPostgresServer server;
    private static int migratedOnFreshDatabase;

    @BeforeAll
    static void migrateFreshDatabase() {
        dataDir = TestDataDirectory.fresh(FlywayMigrationTest.class);
        server = EmbeddedPostgresServer.start(dataDir);
        migratedOnFreshDatabase = SchemaMigration.migrate(server.target());
    }

    @AfterAll
    static void stopDatabase() {
        if (server != null) server.close();
        TestDataDirectory.delete(dataDir);
    }

    private static JdbcTarget db() { return server.target(); }

    @Test
    void a_fresh_database_receives_every_migration_successfully() {
        MigrationInfo[] all = Flyway.configure().dataSource(db().url(), db().user(), db().password())
                .locations(SchemaMigration.LOCATION).load().info().all();
        assertTrue(all.length >= 2, "migrations found: " + all.length);
        assertEquals(all.length, migratedOnFreshDatabase);
        for (MigrationInfo migration : all) assertEquals(MigrationState.SUCCESS, migration.getState(), migration.getScript());
    }

    @Test
    void the_seed_tables_exist() {
        List<String> tables = Sql.column(db(), "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
        assertTrue(tables.containsAll(List.of("user_sessions", "message_history", "bot_configs", "kb_documents")), tables.toString());
    }

    @Test
    void a_session_row_has_room_for_the_suspended_dialog_and_its_version() {
        List<String> columns = Sql.column(db(), """
                SELECT column_name || ' ' || data_type FROM information_schema.columns
                WHERE table_name = 'user_sessions' ORDER BY column_name""");
        assertTrue(columns.containsAll(List.of("dialog_state bytea", "version bigint", "status character varying",
                "started_at timestamp with time zone", "updated_at timestamp with time zone")), columns.toString());
    }

    @Test
    void the_lookup_indexes_exist() {
        List<String> indexes = Sql.column(db(), "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'");
        assertTrue(indexes.containsAll(List.of("user_sessions_pkey", "user_sessions_bot_user_idx", "message_history_pkey",
                "message_history_session_time_idx", "bot_configs_pkey", "kb_documents_bot_collection_path_key",
                "kb_documents_bot_status_idx")), indexes.toString());
    }

    @Test
    void migrating_an_up_to_date_database_again_runs_nothing() {
        String applied = Sql.single(db(), "SELECT count(*) FROM flyway_schema_history");

        assertEquals(0, SchemaMigration.migrate(db()));
        assertEquals(applied, Sql.single(db(), "SELECT count(*) FROM flyway_schema_history"));
    }

    @Test
    void the_hibernate_mapping_matches_the_migrated_schema() {
        assertDoesNotThrow(() -> HibernateBootstrap.start(db(), 1).close());
    }

    @Test
    void a_message_cannot_belong_to_an_unknown_session() {
        assertThrows(SQLException.class, () -> Sql.execute(db(), """
                INSERT INTO message_history (id, session_id, role, content, created_at)
                VALUES (gen_random_uuid(), gen_random_uuid(), 'user', 'orphan', now())"""));
    }

    @Test
    void a_knowledge_document_is_listed_once_per_bot_collection_and_path() throws SQLException {
        String insert = """
                INSERT INTO kb_documents (id, bot_id, collection, path, content_hash, status)
                VALUES (gen_random_uuid(), 'hello', 'faq', 'a.md', 'h1', 'pending')""";
        Sql.execute(db(), insert);

        assertThrows(SQLException.class, () -> Sql.execute(db(), insert));
    }
}
