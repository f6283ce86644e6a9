package org.botserver.domain.basic.runtime;

import java.math.BigDecimal;
import java.util.Objects;
import org.botserver.domain.basic.builtins.Conversions;
import org.botserver.domain.basic.value.*;

/** Equality, ordering and IN for BASIC values: numeric text compares as a number, NULL equals "". */
final class Comparisons {

    private Comparisons() {
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
        throw new BasicError("Cannot compare " + Operators.describe(a) + " with " + Operators.describe(b) + ".");
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
}
