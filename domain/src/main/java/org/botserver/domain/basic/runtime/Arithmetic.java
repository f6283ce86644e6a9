package org.botserver.domain.basic.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.builtins.Conversions;
import org.botserver.domain.basic.value.*;

/** Exact decimal arithmetic on BASIC values: NULL and numeric text count as numbers, dates move by days. */
final class Arithmetic {

    private static final MathContext PRECISION = NumberValue.CONTEXT;

    private Arithmetic() {
    }

    static Value add(Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) return x.plus(y);
        if (a instanceof TextValue || b instanceof TextValue) return new TextValue(a.asText() + b.asText());
        if (a instanceof DateValue d && isNumeric(b)) return new DateValue(d.value().plusDays(days(b)));
        if (b instanceof DateValue d && isNumeric(a)) return new DateValue(d.value().plusDays(days(a)));
        return number(number(a, BinaryOp.ADD).add(number(b, BinaryOp.ADD)));
    }

    static Value subtract(Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) return x.minus(y);
        if (a instanceof DateValue d && isNumeric(b)) return new DateValue(d.value().minusDays(days(b)));
        if (a instanceof DateValue x && b instanceof DateValue y) {
            return NumberValue.of(ChronoUnit.DAYS.between(y.value(), x.value()));
        }
        return number(number(a, BinaryOp.SUBTRACT).subtract(number(b, BinaryOp.SUBTRACT)));
    }

    static Value multiply(Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) return x.times(y);
        return number(number(a, BinaryOp.MULTIPLY).multiply(number(b, BinaryOp.MULTIPLY)));
    }

    static Value divide(Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y && y.signum() != 0) return x.dividedBy(y);
        return number(number(a, BinaryOp.DIVIDE).divide(divisor(b, BinaryOp.DIVIDE), PRECISION));
    }

    static Value integerDivide(Value a, Value b) {
        return number(number(a, BinaryOp.INT_DIVIDE).divideToIntegralValue(divisor(b, BinaryOp.INT_DIVIDE)));
    }

    static Value modulo(Value a, Value b) {
        return number(number(a, BinaryOp.MOD).remainder(divisor(b, BinaryOp.MOD)));
    }

    static Value power(Value a, Value b) {
        BigDecimal base = number(a, BinaryOp.POWER), exponent = number(b, BinaryOp.POWER);
        if (exponent.signum() == 0 || exponent.stripTrailingZeros().scale() <= 0) {
            if (exponent.abs().compareTo(BigDecimal.valueOf(9999)) > 0) {
                throw new BasicError("Exponent " + exponent.toPlainString() + " is too large.");
            }
            int n = exponent.intValueExact();
            if (n >= 0) return number(base.pow(n, PRECISION));
            if (base.signum() == 0) throw new BasicError("Division by zero.");
            return number(BigDecimal.ONE.divide(base.pow(-n, PRECISION), PRECISION));
        }
        double result = Math.pow(base.doubleValue(), exponent.doubleValue());
        if (Double.isNaN(result) || Double.isInfinite(result)) {
            throw new BasicError(base.toPlainString() + " ^ " + exponent.toPlainString() + " is not a number.");
        }
        return NumberValue.of(result);
    }

    static Value negate(Value v) {
        return number(number(v, BinaryOp.SUBTRACT).negate());
    }

    static BigDecimal number(Value v, BinaryOp op) {
        if (v instanceof NumberValue n) return n.value();
        if (v instanceof BoolValue || v instanceof ArrayValue || v instanceof ObjectValue || v instanceof DateValue) {
            throw new BasicError("Cannot use " + Operators.describe(v) + " with '" + op.symbol() + "'; a number is needed.");
        }
        return Conversions.number(v).orElseThrow(() -> new BasicError(
                "Cannot use " + Operators.describe(v) + " with '" + op.symbol() + "'; a number is needed."));
    }

    private static long days(Value v) {
        return number(v, BinaryOp.ADD).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    private static boolean isNumeric(Value v) {
        return v instanceof NumberValue || v instanceof NullValue;
    }

    private static BigDecimal divisor(Value b, BinaryOp op) {
        BigDecimal d = number(b, op);
        if (d.signum() == 0) throw new BasicError("Division by zero.");
        return d;
    }

    private static NumberValue number(BigDecimal d) {
        return new NumberValue(d);
    }
}
