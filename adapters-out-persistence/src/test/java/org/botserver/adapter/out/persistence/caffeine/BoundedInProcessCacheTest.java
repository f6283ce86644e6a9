package org.botserver.adapter.out.persistence.caffeine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.IntStream;
import org.botserver.application.cache.CacheStore;
import org.junit.jupiter.api.Test;

/** The in-process cache never holds more than its bound, however many answers are offered. */
class BoundedInProcessCacheTest {

    @Test
    void a_full_cache_lets_entries_go_instead_of_growing() {
        CacheStore store = InProcessCache.create(100);

        IntStream.range(0, 1_000).forEach(i -> store.put("key-" + i, "value " + i, Duration.ofHours(1)));

        long kept = IntStream.range(0, 1_000).filter(i -> store.get("key-" + i).isPresent()).count();
        assertTrue(kept <= 100, kept + " entries kept");
        assertTrue(kept > 0, "nothing kept");
    }

    @Test
    void a_cache_of_no_entries_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InProcessCache.create(0));
        assertEquals("The cache must hold at least one entry: 0", e.getMessage());
    }
}
