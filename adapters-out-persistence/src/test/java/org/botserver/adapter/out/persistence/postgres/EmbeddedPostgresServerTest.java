package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded server keeps its files under the data directory and every committed turn on disk. */
class EmbeddedPostgresServerTest {

    private static Path dataDir;
    private static EmbeddedPostgresServer server;

    @BeforeAll
    static void startServer() {
        dataDir = TestDataDirectory.fresh(EmbeddedPostgresServerTest.class);
        server = EmbeddedPostgresServer.start(dataDir);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
        TestDataDirectory.delete(dataDir);
    }

    @Test
    void its_files_live_in_the_postgres_folder_of_the_data_directory() throws IOException {
        assertEquals(dataDir.resolve("postgres").toRealPath().toString(), Sql.single(server.target(), "SHOW data_directory"));
    }

    @Test
    void a_commit_is_on_disk_before_it_is_acknowledged() {
        assertEquals("on", Sql.single(server.target(), "SHOW fsync"));
        assertEquals("on", Sql.single(server.target(), "SHOW synchronous_commit"));
    }

    @Test
    void it_serves_the_botserver_database_on_the_loopback_interface_only() {
        assertEquals("botserver", Sql.single(server.target(), "SELECT current_database()"));
        assertEquals("localhost", Sql.single(server.target(), "SHOW listen_addresses"));
    }
}
