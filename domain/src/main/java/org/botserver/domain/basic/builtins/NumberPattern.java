package org.botserver.domain.basic.builtins;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Formats numbers with patterns such as "#,##0.00", "0.0", "0%" and "R$ #,##0.00"; a pattern whose last separator
 * is a comma ("#.##0,00") is Brazilian and prints 1.234,50. Rounds half up, as people do.
 */
final class NumberPattern {

    private NumberPattern() {
    }

    /** The formatted number, or nothing when the pattern has no digit placeholder or is malformed. */
    static Optional<String> format(BigDecimal number, String pattern) {
        if (pattern.indexOf('0') < 0 && pattern.indexOf('#') < 0) return Optional.empty();
        boolean brazilian = isBrazilian(pattern);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (brazilian) {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator('.');
        }
        try {
            DecimalFormat format = new DecimalFormat(brazilian ? swapSeparators(pattern) : pattern, symbols);
            format.setRoundingMode(RoundingMode.HALF_UP);
            return Optional.of(format.format(number));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isBrazilian(String pattern) {
        int comma = pattern.lastIndexOf(',');
        int dot = pattern.lastIndexOf('.');
        if (comma < 0) return false;
        return dot >= 0 ? comma > dot : digitsAfter(pattern, comma);
    }

    /** A comma followed by a run of other than three digit placeholders ("0,00") can only be a decimal comma. */
    private static boolean digitsAfter(String pattern, int comma) {
        int run = 0;
        for (int i = comma + 1; i < pattern.length() && (pattern.charAt(i) == '0' || pattern.charAt(i) == '#'); i++) run++;
        return run > 0 && run != 3;
    }

    private static String swapSeparators(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char ch : pattern.toCharArray()) {
            if (ch == '\'') quoted = !quoted;
            out.append(quoted ? ch : ch == ',' ? '.' : ch == '.' ? ',' : ch);
        }
        return out.toString();
    }
}
