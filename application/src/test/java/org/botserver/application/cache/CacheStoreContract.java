package org.botserver.application.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.botserver.application.knowledge.Embedding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CacheStore} does; each adapter's test extends this with a store of its own. */
public abstract class CacheStoreContract {

    /** A store to test; keys are unique per test, so one store may serve the whole class. */
    protected abstract CacheStore store();

    private String prefix;

    @BeforeEach
    void freshKeys() {
        // A fresh prefix per test: adapters' tests may keep one instance (and one server) for the whole class.
        prefix = "contract:" + UUID.randomUUID() + ":";
    }

    private String key(String name) {
        return prefix + name;
    }

    @Test
    void a_value_put_is_read_back() {
        store().put(key("a"), "Paris is the capital of France. ✓", Duration.ofMinutes(1));

        assertEquals(Optional.of("Paris is the capital of France. ✓"), store().get(key("a")));
    }

    @Test
    void a_key_never_put_reads_as_empty() {
        assertEquals(Optional.empty(), store().get(key("never")));
        assertEquals(Optional.empty(), store().getAndTouch(key("never"), Duration.ofMinutes(1)));
    }

    @Test
    void a_second_put_replaces_the_value() {
        store().put(key("a"), "first", Duration.ofMinutes(1));
        store().put(key("a"), "second", Duration.ofMinutes(1));

        assertEquals(Optional.of("second"), store().get(key("a")));
    }

    @Test
    void a_removed_key_reads_as_empty() {
        store().put(key("a"), "value", Duration.ofMinutes(1));
        store().remove(key("a"));

        assertEquals(Optional.empty(), store().get(key("a")));
    }

    @Test
    void a_value_is_gone_once_its_time_to_live_has_passed() {
        store().put(key("short"), "soon gone", Duration.ofMillis(300));

        assertTrue(eventually(() -> store().get(key("short")).isEmpty()), "still there after 5 s");
    }

    @Test
    void touching_a_value_keeps_it_for_the_new_time_to_live() throws InterruptedException {
        store().put(key("session"), "state", Duration.ofMillis(400));

        assertEquals(Optional.of("state"), store().getAndTouch(key("session"), Duration.ofMinutes(1)));
        Thread.sleep(800);
        assertEquals(Optional.of("state"), store().get(key("session")));
    }

    @Test
    void vectors_come_back_newest_first_with_their_exact_values() {
        VectorEntry older = new VectorEntry("answer-1", new Embedding(new float[] {0.25f, -1.5f, 3e-7f}));
        VectorEntry newer = new VectorEntry("answer-2", new Embedding(new float[] {1f, 0f, Float.MIN_VALUE}));

        store().pushVector(key("scope"), older, 10, Duration.ofMinutes(1));
        store().pushVector(key("scope"), newer, 10, Duration.ofMinutes(1));

        assertEquals(List.of(newer, older), store().vectors(key("scope")));
    }

    @Test
    void a_scope_keeps_only_its_newest_vectors() {
        for (int i = 0; i < 5; i++) {
            store().pushVector(key("scope"), new VectorEntry("answer-" + i, new Embedding(new float[] {i, 1})), 3,
                    Duration.ofMinutes(1));
        }

        assertEquals(List.of("answer-4", "answer-3", "answer-2"),
                store().vectors(key("scope")).stream().map(VectorEntry::key).toList());
    }

    @Test
    void an_unknown_scope_has_no_vectors() {
        assertEquals(List.of(), store().vectors(key("nothing here")));
    }

    @Test
    void a_scope_is_gone_once_its_time_to_live_has_passed_since_the_last_vector() {
        store().pushVector(key("brief"), new VectorEntry("a", new Embedding(new float[] {1, 2})), 10,
                Duration.ofMillis(300));

        assertTrue(eventually(() -> store().vectors(key("brief")).isEmpty()), "still there after 5 s");
    }

    private static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return true;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
