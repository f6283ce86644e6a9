package org.botserver.specs.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The system properties choose the target: a server's address, or the in-process store. */
class BotTargetsTest {

    private static Properties properties(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) properties.setProperty(pairs[i], pairs[i + 1]);
        return properties;
    }

    @Test
    void without_properties_the_bots_run_in_process_on_the_memory_store() {
        assertEquals("in-process, memory store", BotTargets.choose(properties()).describe());
    }

    @Test
    void a_server_address_makes_the_target_remote() {
        assertEquals("http://localhost:8080/",
                BotTargets.choose(properties("botserver.url", "http://localhost:8080")).describe());
    }

    @Test
    void a_blank_server_address_counts_as_none() {
        assertEquals("in-process, memory store", BotTargets.choose(properties("botserver.url", " ")).describe());
    }

    @Test
    void an_address_that_is_not_http_is_refused_with_the_expected_form() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> BotTargets.choose(properties("botserver.url", "localhost:8080")));

        assertEquals("-Dbotserver.url must be a server's base address such as http://localhost:8080, not "
                + "'localhost:8080'.", failure.getMessage());
    }

    @Test
    void an_unknown_store_is_refused_with_the_choices() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> BotTargets.choose(properties("botserver.store", "redis")));

        assertEquals("-Dbotserver.store is memory or postgres, not 'redis'.", failure.getMessage());
    }

    @Test
    void the_websocket_transport_talks_to_the_servers_ws_endpoint() {
        assertEquals("ws://localhost:8080/ws", BotTargets.choose(properties("botserver.url", "http://localhost:8080",
                "botserver.transport", "websocket")).describe());
    }

    @Test
    void an_unknown_transport_is_refused_with_the_choices() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> BotTargets.choose(
                properties("botserver.url", "http://localhost:8080", "botserver.transport", "smoke")));

        assertEquals("-Dbotserver.transport is rest or websocket, not 'smoke'.", failure.getMessage());
    }
}
