package org.botserver.domain.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/**
 * Types one CSV column as a whole: numbers only when every filled cell is one (so "007" or a phone number in a
 * column of codes stays text), else TRUE/FALSE, else dates (2026-11-25, 2026-11-25 14:30), else text; empty cells are NULL.
 */
final class CellTypes {

    /** No leading zeros: those are codes (zip codes, phone numbers), whose zeros matter. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,17})(\\.\\d{1,12})?");

    private CellTypes() {
    }

    static List<Value> typed(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        if (filled.isEmpty()) return cells.stream().map(c -> (Value) NullValue.NULL).toList();
        Function<String, Value> type;
        if (filled.stream().allMatch(c -> NUMBER.matcher(c).matches())) {
            type = c -> new NumberValue(new BigDecimal(c));
        } else if (filled.stream().allMatch(c -> c.equalsIgnoreCase("true") || c.equalsIgnoreCase("false"))) {
            type = c -> BoolValue.of(c.toLowerCase(Locale.ROOT).equals("true"));
        } else if (filled.stream().allMatch(c -> date(c) != null)) {
            type = c -> new DateValue(date(c));
        } else {
            type = TextValue::new;
        }
        return cells.stream().map(c -> c.isEmpty() ? NullValue.NULL : type.apply(c)).toList();
    }

    private static LocalDateTime date(String cell) {
        try {
            if (cell.length() == 10) return LocalDate.parse(cell).atStartOfDay();
            return LocalDateTime.parse(cell.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
