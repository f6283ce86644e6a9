package org.botserver.adapter.out.persistence.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A real PostgreSQL started from the binaries in the jar, keeping its files under the data directory. */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());
    static final String DATABASE = "botserver";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts on a free port, on the existing data under {@code dataDir/postgres} or a new one. */
    static EmbeddedPostgresServer start(Path dataDir) {
        PostgresDataDirectory data = new PostgresDataDirectory(dataDir.resolve("postgres"));
        Path log = data.path().resolveSibling("postgres.log");
        try {
            Files.createDirectories(data.path().getParent());
            data.prepareForStart();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data.path())
                    .setCleanDataDirectory(false)
                    // The library would unpack its 60 MB of binaries into java.io.tmpdir.
                    .setOverrideWorkingDirectory(dataDir.resolve("postgres-binaries").toAbsolutePath().toFile())
                    .setLocaleConfig("locale", "C")
                    // The library turns fsync and synchronous commits off, fine for tests, not for a user's data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // After a crash the server replays its log before it accepts connections.
                    .setPGStartupWait(Duration.ofMinutes(2))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            try {
                server.createDatabaseIfMissing();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            LOG.log(Level.INFO, "Embedded PostgreSQL listens on localhost:{0,number,#} with its data in {1}",
                    postgres.getPort(), data.path());
            return server;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start (" + e.getMessage()
                    + "); its log is " + log.toAbsolutePath(), e);
        }
    }

    JdbcTarget target() {
        return new JdbcTarget("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE, SUPERUSER, "");
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet found = exists.executeQuery(); Statement create = connection.createStatement()) {
                if (!found.next()) create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server; its data stays. */
    @Override public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
