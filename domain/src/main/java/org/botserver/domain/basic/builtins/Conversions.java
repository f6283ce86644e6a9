package org.botserver.domain.basic.builtins;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** How built-ins read a value as a number or a date: numeric text counts as a number, ISO or dd/mm/yyyy text as a date. */
public final class Conversions {

    /** Larger exponents would make plain printing allocate gigabytes ("1E999999999"). */
    private static final int MAX_SCALE = 1000;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*([+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?)");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Conversions() {
    }

    /** The value as a number: numbers, numeric text, TRUE/FALSE as 1/0 and NULL as 0; nothing for other text. */
    public static Optional<BigDecimal> number(Value value) {
        return switch (value) {
            case NumberValue n -> Optional.of(n.value());
            case TextValue t -> parse(t.value().strip());
            case BoolValue b -> Optional.of(b.value() ? BigDecimal.ONE : BigDecimal.ZERO);
            case NullValue n -> Optional.of(BigDecimal.ZERO);
            default -> Optional.empty();
        };
    }

    /** The number a text starts with, as VAL reads it: "12kg" is 12, "abc" is 0. */
    public static BigDecimal leadingNumber(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        if (!m.find()) return BigDecimal.ZERO;
        return parse(m.group(1)).orElse(BigDecimal.ZERO);
    }

    /** The value as a date and time: dates, and text like 2026-11-25, 2026-11-25 14:05 or 25/11/2026. */
    public static Optional<LocalDateTime> date(Value value) {
        return switch (value) {
            case DateValue d -> Optional.of(d.value());
            case TextValue t -> parseDate(t.value().strip());
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> parse(String text) {
        if (!NUMBER.matcher(text).matches()) return Optional.empty();
        BigDecimal n = new BigDecimal(text.endsWith(".") ? text + "0" : text);
        return Math.abs(n.scale()) > MAX_SCALE ? Optional.empty() : Optional.of(n);
    }

    private static Optional<LocalDateTime> parseDate(String text) {
        try {
            Matcher m = DATE.matcher(text);
            if (m.matches()) {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (m.group(4) == null) return Optional.of(day.atStartOfDay());
                int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                return Optional.of(day.atTime(LocalTime.of(Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), seconds)));
            }
            return Optional.of(LocalDate.parse(text, DAY_FIRST).atStartOfDay());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
