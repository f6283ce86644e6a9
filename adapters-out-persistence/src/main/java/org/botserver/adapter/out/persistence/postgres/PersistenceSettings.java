package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the data lives: a PostgreSQL JDBC URL with its credentials, or no URL for the embedded PostgreSQL
 * whose files sit under {@code dataDir/postgres} (user and password are then not used).
 */
public record PersistenceSettings(Optional<String> url, String user, String password, Path dataDir, int poolSize) {

    public PersistenceSettings {
        url = Objects.requireNonNull(url, "url").map(String::strip).filter(text -> !text.isEmpty());
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        Objects.requireNonNull(dataDir, "dataDir");
        url.ifPresent(PersistenceSettings::requirePostgresUrl);
        if (poolSize < 1) {
            throw new IllegalArgumentException("The database connection pool needs at least 1 connection, not " + poolSize + ".");
        }
    }

    /** The embedded PostgreSQL with its files under the given data directory. */
    public static PersistenceSettings embedded(Path dataDir, int poolSize) {
        return new PersistenceSettings(Optional.empty(), "", "", dataDir, poolSize);
    }

    boolean isEmbedded() { return url.isEmpty(); }

    private static void requirePostgresUrl(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "The database URL must be a PostgreSQL JDBC URL such as jdbc:postgresql://localhost:5432/botserver, not '"
                            + url + "'.");
        }
    }

    /** Never shows the password, so settings can be logged. */
    @Override public String toString() {
        return "PersistenceSettings[url=" + url.orElse("(embedded)") + ", user=" + user
                + ", password=" + (password.isEmpty() ? "" : "****") + ", dataDir=" + dataDir + ", poolSize=" + poolSize + "]";
    }
}
