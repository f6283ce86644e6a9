package org.botserver.domain.basic.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.builtins.Conversions;
import org.botserver.domain.basic.value.*;

/**
 * BASIC operator semantics: exact decimal arithmetic, {@code +} concatenating when either side is text,
 * NULL counting as 0 in arithmetic, and comparisons that read numeric text as numbers.
 */
final class Operators {

    private static final MathContext PRECISION = NumberValue.CONTEXT;

    private Operators() {
    }

    static Value binary(BinaryOp op, Value a, Value b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUBTRACT -> subtract(a, b);
            case MULTIPLY -> a instanceof NumberValue x && b instanceof NumberValue y
                    ? x.times(y) : number(number(a, op).multiply(number(b, op)));
            case DIVIDE -> a instanceof NumberValue x && b instanceof NumberValue y && y.signum() != 0
                    ? x.dividedBy(y) : number(number(a, op).divide(divisor(b, op), PRECISION));
            case INT_DIVIDE -> number(number(a, op).divideToIntegralValue(divisor(b, op)));
            case MOD -> number(number(a, op).remainder(divisor(b, op)));
            case POWER -> power(number(a, op), number(b, op));
            case CONCAT -> new TextValue(a.asText() + b.asText());
            case EQUAL -> BoolValue.of(equal(a, b));
            case NOT_EQUAL -> BoolValue.of(!equal(a, b));
            case LESS -> BoolValue.of(compare(a, b) < 0);
            case LESS_EQUAL -> BoolValue.of(compare(a, b) <= 0);
            case GREATER -> BoolValue.of(compare(a, b) > 0);
            case GREATER_EQUAL -> BoolValue.of(compare(a, b) >= 0);
            case IN -> BoolValue.of(contains(b, a));
        };
    }

    static Value add(Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) return x.plus(y);
        if (a instanceof TextValue || b instanceof TextValue) return new TextValue(a.asText() + b.asText());
        if (a instanceof DateValue d && isNumeric(b)) return new DateValue(d.value().plusDays(days(b)));
        if (b instanceof DateValue d && isNumeric(a)) return new DateValue(d.value().plusDays(days(a)));
        return number(number(a, BinaryOp.ADD).add(number(b, BinaryOp.ADD)));
    }

    private static Value subtract(Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) return x.minus(y);
        if (a instanceof DateValue d && isNumeric(b)) return new DateValue(d.value().minusDays(days(b)));
        if (a instanceof DateValue x && b instanceof DateValue y) {
            return NumberValue.of(java.time.temporal.ChronoUnit.DAYS.between(y.value(), x.value()));
        }
        return number(number(a, BinaryOp.SUBTRACT).subtract(number(b, BinaryOp.SUBTRACT)));
    }

    private static Value power(BigDecimal base, BigDecimal exponent) {
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

    private static long days(Value v) {
        return number(v, BinaryOp.ADD).setScale(0, java.math.RoundingMode.DOWN).longValueExact();
    }

    private static boolean isNumeric(Value v) {
        return v instanceof NumberValue || v instanceof NullValue;
    }

    private static BigDecimal divisor(Value b, BinaryOp op) {
        BigDecimal d = number(b, op);
        if (d.signum() == 0) throw new BasicError("Division by zero.");
        return d;
    }

    static BigDecimal number(Value v, BinaryOp op) {
        if (v instanceof NumberValue n) return n.value();
        if (v instanceof BoolValue || v instanceof ArrayValue || v instanceof ObjectValue || v instanceof DateValue) {
            throw new BasicError("Cannot use " + describe(v) + " with '" + op.symbol() + "'; a number is needed.");
        }
        return Conversions.number(v).orElseThrow(() ->
                new BasicError("Cannot use " + describe(v) + " with '" + op.symbol() + "'; a number is needed."));
    }

    private static NumberValue number(BigDecimal d) {
        return new NumberValue(d);
    }

    static boolean equal(Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) return x.compareTo(y) == 0;
        if (a instanceof NullValue || b instanceof NullValue) {
            Value other = a instanceof NullValue ? b : a;
            return other instanceof NullValue || other instanceof TextValue t && t.value().isEmpty();
        }
        if (a instanceof NumberValue || b instanceof NumberValue) {
            Value text = a instanceof NumberValue ? b : a;
            BigDecimal n = ((NumberValue) (a instanceof NumberValue ? a : b)).value();
            return text instanceof TextValue && Conversions.number(text).map(x -> x.compareTo(n) == 0).orElse(false);
        }
        if (a instanceof DateValue && b instanceof TextValue || a instanceof TextValue && b instanceof DateValue) {
            return a.asText().equals(b.asText());
        }
        return Objects.equals(a, b);
    }

    static int compare(Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) return x.compareTo(y);
        if (a instanceof TextValue x && b instanceof TextValue y) {
            var nx = Conversions.number(x);
            var ny = Conversions.number(y);
            if (nx.isPresent() && ny.isPresent()) return nx.get().compareTo(ny.get());
            return x.value().compareTo(y.value());
        }
        if (a instanceof DateValue || b instanceof DateValue) {
            var x = Conversions.date(a);
            var y = Conversions.date(b);
            if (x.isPresent() && y.isPresent()) return x.get().compareTo(y.get());
        } else if (!(a instanceof BoolValue) && !(b instanceof BoolValue)) {
            var x = Conversions.number(a);
            var y = Conversions.number(b);
            if (x.isPresent() && y.isPresent()) return x.get().compareTo(y.get());
            if (a instanceof NullValue && b instanceof TextValue t) return t.value().isEmpty() ? 0 : -1;
            if (b instanceof NullValue && a instanceof TextValue t) return t.value().isEmpty() ? 0 : 1;
        }
        throw new BasicError("Cannot compare " + describe(a) + " with " + describe(b) + ".");
    }

    static boolean contains(Value container, Value item) {
        return switch (container) {
            case ArrayValue array -> array.elements().stream().anyMatch(e -> equal(e, item));
            case TextValue text -> text.value().contains(item.asText());
            case ObjectValue object -> object.fields().keySet().stream().anyMatch(k -> k.equalsIgnoreCase(item.asText()));
            case NullValue n -> false;
            default -> equal(container, item);
        };
    }

    static Value negate(Value v) {
        return number(number(v, BinaryOp.SUBTRACT).negate());
    }

    static String describe(Value v) {
        return switch (v) {
            case NullValue n -> "NULL";
            case BoolValue b -> b.asText();
            case NumberValue n -> "the number " + n.asText();
            case TextValue t -> "the text \"" + (t.value().length() > 40 ? t.value().substring(0, 40) + "…" : t.value()) + "\"";
            case DateValue d -> "the date " + d.asText();
            case ArrayValue a -> "an array";
            case ObjectValue o -> "an object";
        };
    }

    static boolean isInteger(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }
}
