package org.botserver.domain.basic.builtins;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** One call of a built-in: its arguments read as the types the function needs, and results checked against the limits. */
record Call(String name, List<Value> args, BuiltinContext context) {

    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);

    Value arg(int index) {
        return index < args.size() ? args.get(index) : NullValue.NULL;
    }

    boolean has(int index) {
        return index < args.size();
    }

    String text(int index) {
        return arg(index).asText();
    }

    BigDecimal number(int index) {
        return Conversions.number(arg(index))
                .orElseThrow(() -> fail("expects a number as argument " + (index + 1) + ", got " + describe(arg(index))));
    }

    /** A whole number, truncated toward zero and clamped to the int range (LEFT(s, 1E12) is all of s). */
    int integer(int index) {
        BigDecimal n = number(index);
        if (n.compareTo(INT_MAX) > 0) return Integer.MAX_VALUE;
        if (n.compareTo(INT_MIN) < 0) return Integer.MIN_VALUE;
        return n.intValue();
    }

    LocalDateTime date(int index) {
        return Conversions.date(arg(index))
                .orElseThrow(() -> fail("expects a date as argument " + (index + 1) + ", got " + describe(arg(index))));
    }

    /** A text result, refused when longer than the context allows. */
    TextValue textResult(String s) {
        if (s.length() > context.maxStringLength()) {
            throw fail("would make a text of " + s.length() + " characters, over the limit of " + context.maxStringLength());
        }
        return new TextValue(s);
    }

    /** An array result, refused when larger than the context allows. */
    ArrayValue arrayResult(List<Value> elements) {
        if (elements.size() > context.maxArraySize()) {
            throw fail("would make an array of " + elements.size() + " elements, over the limit of " + context.maxArraySize());
        }
        return ArrayValue.of(elements);
    }

    BuiltinException fail(String message) {
        return new BuiltinException(name + " " + message);
    }

    static String describe(Value value) {
        return switch (value) {
            case TextValue t -> "\"" + (t.value().length() > 30 ? t.value().substring(0, 30) + "…" : t.value()) + "\"";
            case ArrayValue a -> "an array";
            case ObjectValue o -> "an object";
            case NullValue n -> "NULL";
            default -> value.asText();
        };
    }
}
