package org.botserver.domain.basic.hear;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers as people type them in English or Portuguese: "1,234.56", "1.234,56", "10,5", "1 000".
 * When a single separator is followed by exactly three digits it is read as grouping if {@code threeDigitsGroup}.
 */
final class NumberText {

    private static final Pattern SHAPE = Pattern.compile("[+-]?(\\d[\\d.,]*|[.,]\\d+)");
    private static final int MAX_DIGITS = 40;

    private NumberText() {
    }

    static Optional<BigDecimal> parse(String text, boolean threeDigitsGroup) {
        String s = text.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (s.length() > MAX_DIGITS || !SHAPE.matcher(s).matches()) return Optional.empty();
        String sign = s.startsWith("-") ? "-" : "";
        String body = s.replaceFirst("^[+-]", "");
        int dot = body.lastIndexOf('.');
        int comma = body.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            return split(sign, body, group, decimal);
        }
        if (dot < 0 && comma < 0) return number(sign + body);
        char separator = dot >= 0 ? '.' : ',';
        long count = body.chars().filter(c -> c == separator).count();
        int digitsAfter = body.length() - body.lastIndexOf(separator) - 1;
        boolean grouping = count > 1 || (digitsAfter == 3 && (threeDigitsGroup || separator == ','));
        return grouping ? split(sign, body, separator, ' ') : split(sign, body, ' ', separator);
    }

    /** Checks grouping is in threes ("1,234,567") and joins the digits around the decimal separator. */
    private static Optional<BigDecimal> split(String sign, String body, char group, char decimal) {
        int at = decimal == ' ' ? -1 : body.indexOf(decimal);
        if (at >= 0 && body.indexOf(decimal, at + 1) >= 0) return Optional.empty();
        String whole = at < 0 ? body : body.substring(0, at);
        String fraction = at < 0 ? "" : body.substring(at + 1);
        if (fraction.indexOf(group) >= 0 || fraction.chars().anyMatch(c -> c == '.' || c == ',')) return Optional.empty();
        if (whole.indexOf(group) >= 0) {
            String g = Pattern.quote(String.valueOf(group));
            if (!whole.matches("\\d{1,3}(" + g + "\\d{3})+")) return Optional.empty();
            whole = whole.replace(String.valueOf(group), "");
        }
        if (whole.chars().anyMatch(c -> !Character.isDigit(c))) return Optional.empty();
        if (whole.isEmpty() && fraction.isEmpty()) return Optional.empty();
        return number(sign + (whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
    }

    private static Optional<BigDecimal> number(String plain) {
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
