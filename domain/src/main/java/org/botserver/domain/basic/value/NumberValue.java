package org.botserver.domain.basic.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/** A number with exact decimal arithmetic, so 0.1 + 0.2 = 0.3 and money adds up. */
public record NumberValue(BigDecimal value) implements Value {

    /** Precision used for divisions that do not terminate (1 / 3). */
    public static final MathContext CONTEXT = MathContext.DECIMAL64;

    public static final NumberValue ZERO = new NumberValue(BigDecimal.ZERO);

    public NumberValue {
        Objects.requireNonNull(value, "value");
    }

    public static NumberValue of(long n) { return new NumberValue(BigDecimal.valueOf(n)); }

    public static NumberValue of(double d) { return new NumberValue(new BigDecimal(Double.toString(d))); }

    @Override public boolean truthy() { return value.signum() != 0; }

    /** Plain form without exponent or trailing zeros: 4, 112.5, 0.3. */
    @Override public String asText() {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) stripped = stripped.setScale(0);
        return stripped.toPlainString();
    }

    @Override public boolean equals(Object o) {
        return o instanceof NumberValue n && n.value.compareTo(value) == 0;
    }

    @Override public int hashCode() { return value.stripTrailingZeros().hashCode(); }

    @Override public String toString() { return asText(); }
}
