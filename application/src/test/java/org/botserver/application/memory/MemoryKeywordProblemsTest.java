package org.botserver.application.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

/** Memory keywords used wrongly, or with the store down, fail with a reason instead of breaking the server. */
class MemoryKeywordProblemsTest {

    private static CapabilityResult perform(MemoryStore store, String keyword, Value... arguments) {
        return new MemoryKeywordsHandler(store, Clock.systemUTC()).perform(
                new Effect.Capability(keyword, List.of(arguments)), new TurnScope(new BotId("shop"), ConversationId.random(), "ana"));
    }

    private static String failure(CapabilityResult result) {
        return assertInstanceOf(CapabilityResult.Failed.class, result).message();
    }

    @Test
    void an_empty_or_overlong_key_is_refused() {
        InMemoryMemoryStore store = new InMemoryMemoryStore();

        assertEquals("A memory key must not be empty.", failure(perform(store, "SET BOT MEMORY", new TextValue(" "), new TextValue("x"))));
        assertTrue(failure(perform(store, "GET BOT MEMORY", new TextValue("k".repeat(201)))).contains("at most 200 characters"));
    }

    @Test
    void a_wrong_number_of_arguments_shows_how_the_keyword_is_written() {
        InMemoryMemoryStore store = new InMemoryMemoryStore();

        assertEquals("it needs a key and a value, as in SET USER MEMORY \"language\", \"pt\".",
                failure(perform(store, "SET USER MEMORY", new TextValue("lang"))));
        assertEquals("it needs one key, as in GET BOT MEMORY \"theme\".", failure(perform(store, "GET BOT MEMORY")));
    }

    @Test
    void a_value_over_a_megabyte_is_refused_and_nothing_is_kept() {
        InMemoryMemoryStore store = new InMemoryMemoryStore();
        List<Value> big = new ArrayList<>(Collections.nCopies(2, new TextValue("x".repeat(600_000))));

        String message = failure(perform(store, "SET BOT MEMORY", new TextValue("big"), new ArrayValue(big)));

        assertTrue(message.contains("memory keeps at most 1048576 per key"), message);
        assertEquals(Optional.empty(), store.botMemory(new BotId("shop"), new MemoryKey("big")));
    }

    @Test
    void a_store_that_cannot_be_reached_fails_the_keyword_with_a_plain_reason() {
        MemoryStore unreachable = (MemoryStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MemoryStore.class}, (proxy, method, args) -> {
                    throw new MemoryStoreException("connection refused", null);
                });

        assertEquals("the memory store cannot be reached right now; try again later.",
                failure(perform(unreachable, "GET BOT MEMORY", new TextValue("theme"))));
    }
}
