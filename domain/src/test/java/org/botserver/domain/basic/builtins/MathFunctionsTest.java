package org.botserver.domain.basic.builtins;

import static org.botserver.domain.basic.builtins.BuiltinCalls.call;
import static org.botserver.domain.basic.builtins.BuiltinCalls.seeded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MathFunctionsTest {

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(textBlock = """
            ROUND,   3.7,    4
            ROUND,   2.5,    3
            ROUND,   -2.5,   -3
            ROUND,   3.2,    3
            FLOOR,   -3.1,   -4
            FLOOR,   3.9,    3
            INT,     3.9,    3
            INT,     -3.1,   -4
            CEIL,    3.1,    4
            CEILING, -3.9,   -3
            ABS,     -7.25,  7.25
            SQRT,    16,     4
            SQRT,    2,      1.414213562373095
            SQRT,    0,      0
            """)
    void one_argument_math_gives_known_values(String function, BigDecimal argument, String expected) {
        assertEquals(expected, call(function, argument).asText());
    }

    @ParameterizedTest(name = "ROUND({0}, {1}) = {2}")
    @CsvSource(textBlock = """
            3.14159,  2,  3.14
            2.675,    2,  2.68
            1234.5,   -2, 1200
            0.1,      0,  0
            """)
    void round_keeps_the_requested_decimals(BigDecimal number, int decimals, String expected) {
        assertEquals(expected, call("ROUND", number, decimals).asText());
    }

    @Test
    void numeric_text_counts_as_a_number() {
        assertEquals(NumberValue.of(4), call("ROUND", "3.5"));
        assertEquals(NumberValue.of(3), call("INT", " 3.2 "));
    }

    @Test
    void min_and_max_take_numbers_or_one_array() {
        assertEquals(NumberValue.of(1), call("MIN", 3, 1, 2));
        assertEquals(NumberValue.of(3), call("MAX", 3, 1, 2));
        assertEquals(new NumberValue(new BigDecimal("-0.5")), call("MIN", List.of(2, new BigDecimal("-0.5"), 9)));
        assertEquals(NumberValue.of(9), call("MAX", List.of(2, 9, "4")));
        assertEquals(NumberValue.of(5), call("MAX", 5));
    }

    @Test
    void random_without_arguments_is_a_fraction_below_one() {
        BuiltinContext context = seeded(42);
        for (int i = 0; i < 1000; i++) {
            BigDecimal r = ((NumberValue) call(context, "RANDOM")).value();
            assertTrue(r.signum() >= 0 && r.compareTo(BigDecimal.ONE) < 0, r::toPlainString);
        }
    }

    @Test
    void random_between_two_numbers_includes_both_ends() {
        BuiltinContext context = seeded(7);
        Set<Value> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) seen.add(call(context, "RANDOM", 1, 6));
        assertEquals(Set.of(NumberValue.of(1), NumberValue.of(2), NumberValue.of(3), NumberValue.of(4),
                NumberValue.of(5), NumberValue.of(6)), seen);
        assertEquals(NumberValue.of(3), call(context, "RANDOM", 3, 3));
    }

    @Test
    void random_is_repeatable_with_the_same_seed() {
        assertEquals(call(seeded(99), "RANDOM", 1, 1_000_000), call(seeded(99), "RANDOM", 1, 1_000_000));
    }

    @Test
    void bad_math_arguments_are_refused_with_plain_messages() {
        assertEquals("SQRT expects a number of 0 or more, got -4",
                assertThrows(BuiltinException.class, () -> call("SQRT", -4)).getMessage());
        assertEquals("ROUND expects a number as argument 1, got \"abc\"",
                assertThrows(BuiltinException.class, () -> call("ROUND", "abc")).getMessage());
        assertEquals("MIN expects at least one number, got an empty array",
                assertThrows(BuiltinException.class, () -> call("MIN", List.of())).getMessage());
        assertEquals("MAX expects numbers, got \"x\"",
                assertThrows(BuiltinException.class, () -> call("MAX", 1, "x")).getMessage());
        assertEquals("RANDOM expects 0 or 2 arguments",
                assertThrows(BuiltinException.class, () -> call("RANDOM", 5)).getMessage());
        assertEquals("ROUND expects between -100 and 100 decimals, got 1000000",
                assertThrows(BuiltinException.class, () -> call("ROUND", 1, 1_000_000)).getMessage());
    }
}
