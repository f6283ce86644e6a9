package org.botserver.domain.basic.builtins;

import static org.botserver.domain.basic.builtins.Registry.VARIADIC;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.BinaryOperator;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.Value;

/** Numeric built-ins: INT, ROUND, FLOOR, CEIL, ABS, SQRT, MIN, MAX and RANDOM, in exact decimal arithmetic. */
final class MathFunctions {

    /** Wider roundings would only allocate huge plain numbers. */
    private static final int MAX_DECIMALS = 100;

    private MathFunctions() {
    }

    static void register(Registry r) {
        r.define(1, 1, c -> number(c.number(0).setScale(0, RoundingMode.FLOOR)), "INT", "FLOOR");
        r.define(1, 1, c -> number(c.number(0).setScale(0, RoundingMode.CEILING)), "CEIL", "CEILING");
        r.define(1, 2, MathFunctions::round, "ROUND");
        r.define(1, 1, c -> number(c.number(0).abs()), "ABS");
        r.define(1, 1, MathFunctions::sqrt, "SQRT");
        r.define(1, VARIADIC, c -> extreme(c, BigDecimal::min), "MIN");
        r.define(1, VARIADIC, c -> extreme(c, BigDecimal::max), "MAX");
        r.define(0, 2, MathFunctions::random, "RANDOM", "RND");
    }

    /** Half away from zero, as people round: ROUND(2.5) = 3, ROUND(-2.5) = -3, ROUND(3.14159, 2) = 3.14. */
    private static Value round(Call c) {
        int decimals = c.has(1) ? c.integer(1) : 0;
        if (Math.abs(decimals) > MAX_DECIMALS) {
            throw c.fail("expects between -" + MAX_DECIMALS + " and " + MAX_DECIMALS + " decimals, got " + decimals);
        }
        return number(c.number(0).setScale(decimals, RoundingMode.HALF_UP));
    }

    private static Value sqrt(Call c) {
        BigDecimal n = c.number(0);
        if (n.signum() < 0) throw c.fail("expects a number of 0 or more, got " + n.toPlainString());
        return number(n.sqrt(NumberValue.CONTEXT));
    }

    /** MIN and MAX take numbers, MIN(3, 1, 2), or one array of them, MIN(prices). */
    private static Value extreme(Call c, BinaryOperator<BigDecimal> pick) {
        List<Value> values = c.args().size() == 1 && c.arg(0) instanceof ArrayValue a ? a.elements() : c.args();
        if (values.isEmpty()) throw c.fail("expects at least one number, got an empty array");
        BigDecimal best = null;
        for (Value v : values) {
            BigDecimal n = Conversions.number(v).orElseThrow(() -> c.fail("expects numbers, got " + Call.describe(v)));
            best = best == null ? n : pick.apply(best, n);
        }
        return number(best);
    }

    /** RANDOM() is a fraction in [0, 1); RANDOM(a, b) a whole number from a to b, both included. */
    private static Value random(Call c) {
        if (c.args().isEmpty()) return NumberValue.of(c.context().random().nextDouble());
        if (!c.has(1)) throw c.fail("expects 0 or 2 arguments");
        long low = c.integer(0);
        long high = c.integer(1);
        if (low > high) {
            long swap = low;
            low = high;
            high = swap;
        }
        return NumberValue.of(c.context().random().nextLong(low, high + 1));
    }

    private static NumberValue number(BigDecimal n) {
        return new NumberValue(n);
    }
}
