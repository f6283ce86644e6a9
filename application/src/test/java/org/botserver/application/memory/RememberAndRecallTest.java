package org.botserver.application.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

/** REMEMBER keeps a value for this user of this bot for the time given; RECALL reads it until then. */
class RememberAndRecallTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    /** A clock the test moves forward, as days pass between conversations. */
    private static final class MovableClock extends Clock {
        Instant now = T0;

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    private final MovableClock clock = new MovableClock();
    private final MemoryKeywordsHandler handler = new MemoryKeywordsHandler(new InMemoryMemoryStore(), clock);
    private final TurnScope ana = new TurnScope(new BotId("shop"), ConversationId.random(), "ana");

    private CapabilityResult perform(TurnScope scope, String keyword, Value... arguments) {
        return handler.perform(new Effect.Capability(keyword, List.of(arguments)), scope);
    }

    private Value recall(TurnScope scope, String key) {
        return assertInstanceOf(CapabilityResult.Performed.class, perform(scope, "RECALL", new TextValue(key))).value();
    }

    @Test
    void a_value_remembered_for_seven_days_is_recalled_on_day_six_and_gone_on_day_seven() {
        perform(ana, "REMEMBER", new TextValue("visits"), NumberValue.of(3), new TextValue("7 days"));

        clock.now = T0.plus(Duration.ofDays(6));
        assertEquals(NumberValue.of(3), recall(ana, "visits"));

        clock.now = T0.plus(Duration.ofDays(7));
        assertEquals(NullValue.NULL, recall(ana, "visits"));
    }

    @Test
    void another_user_or_another_bot_does_not_recall_it() {
        perform(ana, "REMEMBER", new TextValue("visits"), NumberValue.of(3), new TextValue("2 hours"));

        assertEquals(NullValue.NULL, recall(new TurnScope(new BotId("shop"), ConversationId.random(), "bob"), "visits"));
        assertEquals(NullValue.NULL, recall(new TurnScope(new BotId("other"), ConversationId.random(), "ana"), "visits"));
        assertEquals(NumberValue.of(3), recall(new TurnScope(new BotId("shop"), ConversationId.random(), "ana"), "visits"));
    }

    @Test
    void a_retention_that_is_not_a_duration_fails_with_examples() {
        CapabilityResult result = perform(ana, "REMEMBER", new TextValue("visits"), NumberValue.of(3),
                new TextValue("a week or so"));

        String message = assertInstanceOf(CapabilityResult.Failed.class, result).message();
        assertTrue(message.contains("\"a week or so\" is not a duration"), message);
    }

    @Test
    void remember_without_a_retention_says_what_it_needs() {
        CapabilityResult result = perform(ana, "REMEMBER", new TextValue("visits"), NumberValue.of(3));

        assertEquals(new CapabilityResult.Failed("it needs a key, a value and how long to keep it, as in "
                + "REMEMBER \"visits\", 3, \"7 days\"."), result);
    }
}
