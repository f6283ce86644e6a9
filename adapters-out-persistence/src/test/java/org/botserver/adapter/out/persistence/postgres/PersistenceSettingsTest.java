package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings decide between the embedded and a configured database and reject what cannot work. */
class PersistenceSettingsTest {

    private static final Path DATA = Path.of("data");

    @Test
    void no_url_means_the_embedded_database() {
        assertTrue(PersistenceSettings.embedded(DATA, 5).isEmbedded());
    }

    @Test
    void a_blank_url_also_means_the_embedded_database() {
        PersistenceSettings settings = new PersistenceSettings(Optional.of("  "), "bot", "secret", DATA, 5);
        assertTrue(settings.isEmbedded());
        assertEquals(Optional.empty(), settings.url());
    }

    @Test
    void a_postgres_url_is_used_as_given() {
        PersistenceSettings settings = new PersistenceSettings(
                Optional.of(" jdbc:postgresql://db:5432/botserver "), "bot", "secret", DATA, 5);
        assertFalse(settings.isEmbedded());
        assertEquals(Optional.of("jdbc:postgresql://db:5432/botserver"), settings.url());
    }

    @Test
    void a_url_of_another_database_is_refused_with_an_example() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new PersistenceSettings(Optional.of("jdbc:mysql://db/bots"), "bot", "secret", DATA, 5));
        assertTrue(refused.getMessage().contains("jdbc:postgresql://"), refused.getMessage());
    }

    @Test
    void a_pool_without_connections_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> PersistenceSettings.embedded(DATA, 0));
    }

    @Test
    void missing_credentials_become_empty() {
        PersistenceSettings settings = new PersistenceSettings(Optional.of("jdbc:postgresql://db/bots"), null, null, DATA, 1);
        assertEquals("", settings.user());
        assertEquals("", settings.password());
    }

    @Test
    void the_password_never_shows_in_logs() {
        String shown = new PersistenceSettings(Optional.of("jdbc:postgresql://db/bots"), "bot", "s3cr3t", DATA, 1).toString();
        assertFalse(shown.contains("s3cr3t"), shown);
    }
}
