package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With a URL configured the adapter uses that database, starts no PostgreSQL of its own, and leaves it running. */
class ConfiguredDatabaseTest {

    private static Path serverDir;
    private static Path appDataDir;
    private static EmbeddedPostgresServer externalServer;

    @BeforeAll
    static void startTheConfiguredDatabase() {
        serverDir = TestDataDirectory.fresh(ConfiguredDatabaseTest.class);
        appDataDir = TestDataDirectory.fresh(ConfiguredDatabaseTest.class);
        externalServer = EmbeddedPostgresServer.start(serverDir);
    }

    @AfterAll
    static void stopTheConfiguredDatabase() {
        if (externalServer != null) externalServer.close();
        TestDataDirectory.delete(serverDir);
        TestDataDirectory.delete(appDataDir);
    }

    private static PersistenceSettings configured(String url) {
        JdbcTarget db = externalServer.target();
        return new PersistenceSettings(Optional.of(url), db.user(), db.password(), appDataDir, 2);
    }

    @Test
    void conversations_go_to_the_configured_database_and_no_embedded_one_starts() {
        Conversation conversation = Conversation.start(ConversationId.random(), new BotId("hello"), "u-1", Instant.now());
        try (PostgresPersistence persistence = PostgresPersistence.start(configured(externalServer.target().url()))) {
            persistence.conversations().saveTurn(conversation, List.of());
        }

        assertFalse(Files.exists(appDataDir.resolve("postgres")));
        assertEquals("1", Sql.single(externalServer.target(),
                "SELECT version FROM user_sessions WHERE id = '" + conversation.id() + "'"));
    }

    @Test
    void an_unreachable_database_is_reported_in_plain_words() {
        String nowhere = "jdbc:postgresql://localhost:1/botserver?connectTimeout=2";

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> PostgresPersistence.start(configured(nowhere)));

        assertTrue(failure.getMessage().contains("localhost:1"), failure.getMessage());
        assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
    }
}
