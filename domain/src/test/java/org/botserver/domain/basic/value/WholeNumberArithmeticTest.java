package org.botserver.domain.basic.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The long fast path for whole numbers gives exactly what BigDecimal gives, scale included. */
class WholeNumberArithmeticTest {

    private static final List<Long> SAMPLES = List.of(0L, 1L, -1L, 7L, -2L, 1023L, 1024L, -129L, 999_999_999L,
            9_999_999_999_999_999L, 10_000_000_000_000_000L, 123_456_789_012_345_678L, Long.MAX_VALUE,
            Long.MIN_VALUE, Long.MAX_VALUE / 2 + 1, 3_037_000_500L, -3_037_000_500L);

    @Test
    void sums_differences_and_products_match_big_decimal_even_past_the_long_range() {
        for (long a : SAMPLES) {
            for (long b : SAMPLES) {
                BigDecimal x = BigDecimal.valueOf(a), y = BigDecimal.valueOf(b);
                assertSame(x.add(y), NumberValue.of(a).plus(NumberValue.of(b)));
                assertSame(x.subtract(y), NumberValue.of(a).minus(NumberValue.of(b)));
                assertSame(x.multiply(y), NumberValue.of(a).times(NumberValue.of(b)));
                assertEquals(Long.signum(Long.compare(a, b)), NumberValue.of(a).compareTo(NumberValue.of(b)));
            }
        }
    }

    @Test
    void quotients_match_big_decimal_rounding_to_sixteen_digits() {
        for (long a : SAMPLES) {
            for (long b : SAMPLES) {
                if (b == 0) continue;
                BigDecimal expected = BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), NumberValue.CONTEXT);
                assertSame(expected, NumberValue.of(a).dividedBy(NumberValue.of(b)));
            }
        }
    }

    @Test
    void whole_and_decimal_forms_of_one_number_are_equal_and_print_alike() {
        NumberValue whole = NumberValue.of(2);
        NumberValue decimal = new NumberValue(new BigDecimal("2.00"));
        assertEquals(whole, decimal);
        assertEquals(whole.hashCode(), decimal.hashCode());
        assertEquals("2", decimal.asText());
        assertEquals("0.3", new NumberValue(new BigDecimal("0.1")).plus(new NumberValue(new BigDecimal("0.2"))).asText());
        assertEquals("3.5", NumberValue.of(7).dividedBy(NumberValue.of(2)).asText());
    }

    private static void assertSame(BigDecimal expected, NumberValue actual) {
        assertEquals(expected, actual.value(), () -> "value and scale of " + actual);
        assertEquals(expected.stripTrailingZeros().toPlainString().replaceAll("\\.0+$", ""), actual.asText());
    }
}
