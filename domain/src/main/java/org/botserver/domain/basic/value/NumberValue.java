package org.botserver.domain.basic.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A number with exact decimal arithmetic, so 0.1 + 0.2 = 0.3 and money adds up. Whole numbers are held
 * in a {@code long} and computed without {@link BigDecimal} until they would overflow; the results are
 * the same as BigDecimal's, scale included.
 */
public final class NumberValue implements Value {

    /** Precision used for divisions that do not terminate (1 / 3). */
    public static final MathContext CONTEXT = MathContext.DECIMAL64;

    private static final int CACHE_LOW = -128, CACHE_HIGH = 1023;
    private static final NumberValue[] CACHE = new NumberValue[CACHE_HIGH - CACHE_LOW + 1];
    /** Below this size a quotient has at most 16 digits, so DECIMAL64 never rounds it. */
    private static final long EXACT_DIVIDEND = 10_000_000_000_000_000L;

    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = new NumberValue(CACHE_LOW + i, null);
    }

    public static final NumberValue ZERO = of(0);

    private final long whole;
    /** The exact value; null while the number is the whole number {@link #whole} (created on demand). */
    private BigDecimal decimal;
    private final boolean isWhole;

    public NumberValue(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        this.isWhole = value.scale() == 0 && value.precision() <= 18;
        this.whole = isWhole ? value.longValue() : 0;
        this.decimal = value;
    }

    private NumberValue(long whole, BigDecimal decimal) {
        this.whole = whole;
        this.decimal = decimal;
        this.isWhole = true;
    }

    public static NumberValue of(long n) {
        if (n >= CACHE_LOW && n <= CACHE_HIGH) return CACHE[(int) n - CACHE_LOW];
        return new NumberValue(n, null);
    }

    public static NumberValue of(double d) { return new NumberValue(new BigDecimal(Double.toString(d))); }

    /** The exact value as a BigDecimal. */
    public BigDecimal value() {
        BigDecimal d = decimal;
        if (d == null) decimal = d = BigDecimal.valueOf(whole);
        return d;
    }

    public NumberValue plus(NumberValue o) {
        if (isWhole && o.isWhole) {
            long r = whole + o.whole;
            if (((whole ^ r) & (o.whole ^ r)) >= 0) return of(r);
        }
        return new NumberValue(value().add(o.value()));
    }

    public NumberValue minus(NumberValue o) {
        if (isWhole && o.isWhole) {
            long r = whole - o.whole;
            if (((whole ^ o.whole) & (whole ^ r)) >= 0) return of(r);
        }
        return new NumberValue(value().subtract(o.value()));
    }

    public NumberValue times(NumberValue o) {
        if (isWhole && o.isWhole) {
            long hi = Math.multiplyHigh(whole, o.whole), lo = whole * o.whole;
            if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) return of(lo);
        }
        return new NumberValue(value().multiply(o.value()));
    }

    /** Exact quotient, rounded to {@link #CONTEXT} only when it does not terminate; the divisor is not zero. */
    public NumberValue dividedBy(NumberValue o) {
        if (isWhole && o.isWhole && whole > -EXACT_DIVIDEND && whole < EXACT_DIVIDEND && whole % o.whole == 0) {
            return of(whole / o.whole);
        }
        return new NumberValue(value().divide(o.value(), CONTEXT));
    }

    public int compareTo(NumberValue o) {
        if (isWhole && o.isWhole) return Long.compare(whole, o.whole);
        return value().compareTo(o.value());
    }

    public int signum() {
        return isWhole ? Long.signum(whole) : decimal.signum();
    }

    @Override public boolean truthy() { return isWhole ? whole != 0 : decimal.signum() != 0; }

    /** Plain form without exponent or trailing zeros: 4, 112.5, 0.3. */
    @Override public String asText() {
        if (isWhole) return Long.toString(whole);
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() < 0) stripped = stripped.setScale(0);
        return stripped.toPlainString();
    }

    @Override public boolean equals(Object o) {
        return o instanceof NumberValue n && compareTo(n) == 0;
    }

    @Override public int hashCode() { return value().stripTrailingZeros().hashCode(); }

    @Override public String toString() { return asText(); }
}
