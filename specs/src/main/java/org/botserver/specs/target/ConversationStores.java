package org.botserver.specs.target;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.botserver.adapter.out.persistence.postgres.PersistenceSettings;
import org.botserver.adapter.out.persistence.postgres.PostgresPersistence;
import org.botserver.application.conversation.ConversationStore;

/** The stores an in-process run can use: in memory (the default) or the server's embedded PostgreSQL. */
final class ConversationStores {

    /** The system property choosing the store: {@code memory} or {@code postgres}. */
    static final String STORE_PROPERTY = "botserver.store";
    /** The system property naming the folder for the embedded PostgreSQL's files. */
    static final String DATA_DIR_PROPERTY = "botserver.data.dir";
    static final String DEFAULT_DATA_DIR = "target/botserver-specs";

    private static PostgresPersistence postgres;

    private ConversationStores() {
    }

    static InProcessStores named(String name, String dataDir) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "memory" -> new InProcessStores("memory", new MemoryConversationStore(), new MemoryChannelStore(),
                    Optional.empty(), Optional.empty());
            case "postgres" -> {
                PostgresPersistence database = postgres(Path.of(dataDir));
                yield new InProcessStores("postgres", database.conversations(), database.channels(),
                        Optional.of(database.botTables()),
                        Optional.of(database.memory()));
            }
            default -> throw new IllegalArgumentException("-D" + STORE_PROPERTY + " is memory or postgres, not '"
                    + name + "'.");
        };
    }

    /**
     * One database for the whole test run, shared by every scenario (their conversations never meet: each has its
     * own random id), because starting PostgreSQL takes seconds; it stops when the JVM exits.
     */
    private static synchronized PostgresPersistence postgres(Path dataDir) {
        if (postgres == null) {
            PostgresPersistence started = PostgresPersistence.start(PersistenceSettings.embedded(dataDir.toAbsolutePath(), 4));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "botserver-specs-postgres-stop"));
            postgres = started;
        }
        return postgres;
    }
}
