package org.botserver.domain.basic.builtins;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** What CONTAINS means: a substring of a text ignoring case, an element of an array, or a field of an object. */
final class Membership {

    private Membership() {
    }

    static boolean contains(Value container, Value item) {
        return switch (container) {
            case ArrayValue a -> a.elements().stream().anyMatch(element -> same(element, item));
            case ObjectValue o -> o.fields().keySet().stream().anyMatch(key -> key.equalsIgnoreCase(item.asText()));
            case NullValue n -> false;
            case Value v -> v.asText().toLowerCase(Locale.ROOT).contains(item.asText().toLowerCase(Locale.ROOT));
        };
    }

    /** Numbers compare by value (2 = 2.0 = "2"), texts ignoring case, arrays and objects by their contents. */
    static boolean same(Value a, Value b) {
        if (a instanceof NumberValue || b instanceof NumberValue) {
            Optional<BigDecimal> x = number(a);
            Optional<BigDecimal> y = number(b);
            return x.isPresent() && y.isPresent() && x.get().compareTo(y.get()) == 0;
        }
        if (a instanceof TextValue x && b instanceof TextValue y) return x.value().equalsIgnoreCase(y.value());
        return a.equals(b);
    }

    private static Optional<BigDecimal> number(Value v) {
        return v instanceof NumberValue || v instanceof TextValue t && !t.value().isBlank()
                ? Conversions.number(v) : Optional.empty();
    }
}
