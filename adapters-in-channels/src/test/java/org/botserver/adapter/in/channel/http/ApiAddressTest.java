package org.botserver.adapter.in.channel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

/** A bot's config.csv may point a channel at another API base URL; the server-wide one applies otherwise. */
class ApiAddressTest {

    private final Map<String, String> config = new HashMap<>();
    private final ApiAddress graph = new ApiAddress(URI.create("https://graph.facebook.com"), "whatsapp-api-url",
            (bot, key) -> Optional.ofNullable(config.get(bot.value() + "." + key)));
    private final BotId hello = new BotId("hello");

    @Test
    void without_an_override_the_server_wide_url_is_used() {
        assertEquals(URI.create("https://graph.facebook.com/v23.0/1/messages"), graph.endpoint(hello, "/v23.0/1/messages"));
    }

    @Test
    void the_bots_own_url_wins_and_keeps_its_path_prefix() {
        config.put("hello.whatsapp-api-url", " http://127.0.0.1:8089/graph/ ");

        assertEquals(URI.create("http://127.0.0.1:8089/graph/v23.0/1/messages"), graph.endpoint(hello, "/v23.0/1/messages"));
    }

    @Test
    void another_bot_keeps_the_server_wide_url() {
        config.put("hello.whatsapp-api-url", "http://127.0.0.1:8089");

        assertEquals("graph.facebook.com", graph.endpoint(new BotId("other"), "/x").getHost());
    }

    @Test
    void a_url_that_is_not_http_is_refused_with_the_key_named() {
        config.put("hello.whatsapp-api-url", "file:///etc/passwd");

        ProviderCallFailed refused = assertThrows(ProviderCallFailed.class, () -> graph.endpoint(hello, "/x"));
        assertEquals("The whatsapp-api-url of the bot hello is not an http(s) URL: file:///etc/passwd", refused.getMessage());
    }

    @Test
    void a_malformed_url_is_refused() {
        config.put("hello.whatsapp-api-url", "http://exa mple.com");

        assertThrows(ProviderCallFailed.class, () -> graph.endpoint(hello, "/x"));
    }
}
