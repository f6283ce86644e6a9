package org.botserver.domain.basic.runtime;

import java.math.BigDecimal;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.value.*;

/**
 * BASIC's binary operators by opcode operand ({@link BinaryOp} ordinal), with a direct path for two
 * numbers; {@code +} concatenates when either side is text, {@code &} always does.
 */
final class Operators {

    static final int ADD = BinaryOp.ADD.ordinal(), SUBTRACT = BinaryOp.SUBTRACT.ordinal(),
            MULTIPLY = BinaryOp.MULTIPLY.ordinal(), EQUAL = BinaryOp.EQUAL.ordinal(),
            NOT_EQUAL = BinaryOp.NOT_EQUAL.ordinal(), LESS = BinaryOp.LESS.ordinal(),
            LESS_EQUAL = BinaryOp.LESS_EQUAL.ordinal(), GREATER = BinaryOp.GREATER.ordinal(),
            GREATER_EQUAL = BinaryOp.GREATER_EQUAL.ordinal();
    private static final BinaryOp[] OPS = BinaryOp.values();

    private Operators() {
    }

    static Value binary(int op, Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) {
            if (op == ADD) return x.plus(y);
            if (op == SUBTRACT) return x.minus(y);
            if (op == MULTIPLY) return x.times(y);
            if (op >= EQUAL && op <= GREATER_EQUAL) return BoolValue.of(holds(op, x.compareTo(y)));
        }
        return binary(OPS[op], a, b);
    }

    /** Whether comparison {@code op} holds between two values (what a compare-and-jump needs). */
    static boolean test(int op, Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) return holds(op, x.compareTo(y));
        return binary(OPS[op], a, b).truthy();
    }

    /** Whether a comparison holds given {@code order}, the sign of comparing its two sides. */
    static boolean holds(int op, int order) {
        if (op == EQUAL) return order == 0;
        if (op == NOT_EQUAL) return order != 0;
        if (op == LESS) return order < 0;
        if (op == LESS_EQUAL) return order <= 0;
        if (op == GREATER) return order > 0;
        return order >= 0;
    }

    static Value binary(BinaryOp op, Value a, Value b) {
        return switch (op) {
            case ADD -> Arithmetic.add(a, b);
            case SUBTRACT -> Arithmetic.subtract(a, b);
            case MULTIPLY -> Arithmetic.multiply(a, b);
            case DIVIDE -> Arithmetic.divide(a, b);
            case INT_DIVIDE -> Arithmetic.integerDivide(a, b);
            case MOD -> Arithmetic.modulo(a, b);
            case POWER -> Arithmetic.power(a, b);
            case CONCAT -> new TextValue(a.asText() + b.asText());
            case EQUAL -> BoolValue.of(Comparisons.equal(a, b));
            case NOT_EQUAL -> BoolValue.of(!Comparisons.equal(a, b));
            case LESS -> BoolValue.of(Comparisons.compare(a, b) < 0);
            case LESS_EQUAL -> BoolValue.of(Comparisons.compare(a, b) <= 0);
            case GREATER -> BoolValue.of(Comparisons.compare(a, b) > 0);
            case GREATER_EQUAL -> BoolValue.of(Comparisons.compare(a, b) >= 0);
            case IN -> BoolValue.of(Comparisons.contains(b, a));
        };
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
