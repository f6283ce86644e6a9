package org.botserver.application.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

class StoredConfigCacheTest {

    private static final BotId SHOP = new BotId("shop");

    private final InMemoryCacheStore store = new InMemoryCacheStore();
    private final StoredConfigCache cache = new StoredConfigCache(store);

    @Test
    void the_entry_is_config_colon_bot_id_and_holds_the_fingerprint_and_the_text() {
        cache.keep(SHOP, "\"9b2cf535f27731c974343645a3985328\"", "welcome-message,Hi\n");

        assertEquals(Optional.of("\"9b2cf535f27731c974343645a3985328\"\nwelcome-message,Hi\n"), store.get("config:shop"));
        assertEquals(Optional.of("welcome-message,Hi\n"), cache.find(SHOP, "\"9b2cf535f27731c974343645a3985328\""));
    }

    @Test
    void an_entry_for_another_fingerprint_is_a_miss() {
        cache.keep(SHOP, "w1", "welcome-message,Hi");

        assertEquals(Optional.empty(), cache.find(SHOP, "w2"));
        assertEquals(Optional.empty(), cache.find(SHOP, "w"), "a fingerprint that only starts the same");
    }

    @Test
    void forgetting_removes_the_entry() {
        cache.keep(SHOP, "w1", "welcome-message,Hi");

        cache.forget(SHOP);

        assertTrue(store.get("config:shop").isEmpty());
    }

    @Test
    void an_unreachable_store_is_a_miss_and_keeping_or_forgetting_does_not_fail() {
        store.goDown();

        assertEquals(Optional.empty(), cache.find(SHOP, "w1"));
        cache.keep(SHOP, "w1", "llm-key,sk-secret");
        cache.forget(SHOP);
    }
}
