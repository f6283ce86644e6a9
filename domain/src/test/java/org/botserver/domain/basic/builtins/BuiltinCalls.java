package org.botserver.domain.basic.builtins;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.basic.value.Values;

/** Test fixture: calls built-ins by name with a fixed clock (2026-11-25 14:05:30 UTC) and a seeded random source. */
final class BuiltinCalls {

    static final Instant NOW = Instant.parse("2026-11-25T14:05:30Z");

    private BuiltinCalls() {
    }

    static BuiltinContext context() {
        return new BuiltinContext(Clock.fixed(NOW, ZoneOffset.UTC), RandomGenerator.of("L64X128MixRandom"),
                10 * 1024 * 1024, 1_000_000);
    }

    static BuiltinContext seeded(long seed) {
        return new BuiltinContext(Clock.fixed(NOW, ZoneOffset.UTC),
                RandomGeneratorFactory.of("L64X128MixRandom").create(seed), 10 * 1024 * 1024, 1_000_000);
    }

    static BuiltinContext limited(int maxStringLength, int maxArraySize) {
        return new BuiltinContext(Clock.fixed(NOW, ZoneOffset.UTC), RandomGenerator.of("L64X128MixRandom"),
                maxStringLength, maxArraySize);
    }

    /** Calls the named built-in; Java arguments become BASIC values (String → text, Integer → number, List → array). */
    static Value call(String name, Object... arguments) {
        return call(context(), name, arguments);
    }

    static Value call(BuiltinContext context, String name, Object... arguments) {
        List<Value> values = Arrays.stream(arguments).map(Values::of).toList();
        return Builtins.find(name).orElseThrow(() -> new AssertionError("no built-in " + name)).call(values, context);
    }

    static String text(String name, Object... arguments) {
        return call(name, arguments).asText();
    }
}
