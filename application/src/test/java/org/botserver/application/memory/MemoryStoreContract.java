package org.botserver.application.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

/** What every MemoryStore adapter promises; each adapter's test extends this with its own store. */
public abstract class MemoryStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    protected abstract MemoryStore store();

    /** Ids unique per test, so adapters sharing a database across tests do not see each other's rows. */
    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final BotId bot = new BotId("bot-" + unique);
    private final BotId otherBot = new BotId("other-" + unique);
    private final String user = "user-" + unique;
    private final MemoryKey theme = new MemoryKey("theme");

    @Test
    void bot_memory_is_kept_per_bot() {
        store().keepBotMemory(bot, theme, new TextValue("dark"));

        assertEquals(Optional.of(new TextValue("dark")), store().botMemory(bot, theme));
        assertEquals(Optional.empty(), store().botMemory(otherBot, theme));
    }

    @Test
    void keeping_a_key_again_replaces_its_value_and_keeping_null_forgets_it() {
        store().keepBotMemory(bot, theme, new TextValue("dark"));
        store().keepBotMemory(bot, theme, new TextValue("light"));
        assertEquals(Optional.of(new TextValue("light")), store().botMemory(bot, theme));

        store().keepBotMemory(bot, theme, NullValue.NULL);
        assertEquals(Optional.empty(), store().botMemory(bot, theme));
    }

    @Test
    void user_memory_follows_the_user_and_not_the_bot() {
        store().keepUserMemory(user, new MemoryKey("lang"), new TextValue("pt"));

        assertEquals(Optional.of(new TextValue("pt")), store().userMemory(user, new MemoryKey("lang")));
        assertEquals(Optional.empty(), store().userMemory(user + "-2", new MemoryKey("lang")));
        assertEquals(Optional.empty(), store().botMemory(bot, new MemoryKey("lang")));
    }

    @Test
    void values_come_back_with_their_types_and_structure() {
        ObjectValue order = ObjectValue.empty();
        order.put("total", new NumberValue(new BigDecimal("12.50")));
        order.put("at", new DateValue(LocalDateTime.of(2026, 11, 25, 9, 30)));
        order.put("items", ArrayValue.of(List.of(new TextValue("pen"), NumberValue.of(2))));

        store().keepUserMemory(user, new MemoryKey("last order"), order);
        Value back = store().userMemory(user, new MemoryKey("last order")).orElseThrow();

        assertEquals(order.asText(), back.asText());
        assertEquals(order.get("at"), ((ObjectValue) back).get("at"));
    }

    @Test
    void a_remembered_value_is_recalled_until_it_expires() {
        MemoryKey visits = new MemoryKey("visits");
        store().remember(bot, user, visits, NumberValue.of(3), T0.plusSeconds(60));

        assertEquals(Optional.of(NumberValue.of(3)), store().recall(bot, user, visits, T0.plusSeconds(59)));
        assertEquals(Optional.empty(), store().recall(bot, user, visits, T0.plusSeconds(60)));
        assertEquals(Optional.empty(), store().recall(otherBot, user, visits, T0));
        assertEquals(Optional.empty(), store().recall(bot, user + "-2", visits, T0));
    }

    @Test
    void remembering_again_replaces_the_value_and_its_expiry() {
        MemoryKey visits = new MemoryKey("visits");
        store().remember(bot, user, visits, NumberValue.of(3), T0.plusSeconds(60));
        store().remember(bot, user, visits, NumberValue.of(4), T0.plusSeconds(600));

        assertEquals(Optional.of(NumberValue.of(4)), store().recall(bot, user, visits, T0.plusSeconds(300)));
    }

    @Test
    void expired_values_are_forgotten_and_live_ones_kept() {
        store().remember(bot, user, new MemoryKey("old"), NumberValue.of(1), T0.minusSeconds(1));
        store().remember(bot, user, new MemoryKey("new"), NumberValue.of(2), T0.plusSeconds(3600));

        int forgotten = store().forgetExpired(T0);

        assertTrue(forgotten >= 1, "forgotten " + forgotten);
        // Asked as of before its expiry, the old value is still gone: it was deleted, not only hidden.
        assertEquals(Optional.empty(), store().recall(bot, user, new MemoryKey("old"), T0.minusSeconds(10)));
        assertEquals(Optional.of(NumberValue.of(2)), store().recall(bot, user, new MemoryKey("new"), T0));
    }
}
