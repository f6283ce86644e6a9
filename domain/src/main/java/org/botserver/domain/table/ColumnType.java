package org.botserver.domain.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/**
 * What a column holds, chosen by the first value written to it; later values (and filter values, which arrive
 * as text) are converted to it, so {@code "id = 17"} compares numbers and a price column refuses "abc".
 */
public enum ColumnType {
    TEXT("text"), NUMBER("numbers"), BOOLEAN("TRUE or FALSE"), TIMESTAMP("dates");

    private final String holds;

    ColumnType(String holds) {
        this.holds = holds;
    }

    /** The type a new column gets from its first value; NULL makes a text column. */
    public static ColumnType of(Value value) {
        return switch (value) {
            case NumberValue n -> NUMBER;
            case BoolValue b -> BOOLEAN;
            case DateValue d -> TIMESTAMP;
            default -> TEXT;
        };
    }

    /**
     * The value as this column holds it (NULL stays NULL).
     *
     * @throws IllegalArgumentException naming the column, when the value cannot be one of its kind
     */
    public Value convert(Value value, ColumnName column) {
        if (value == NullValue.NULL) return value;
        if (value instanceof ArrayValue || value instanceof ObjectValue) throw refused(value, column);
        Value converted = switch (this) {
            case TEXT -> new TextValue(value.asText());
            case NUMBER -> value instanceof NumberValue ? value : number(value.asText().strip());
            case BOOLEAN -> value instanceof BoolValue ? value : bool(value.asText().strip());
            case TIMESTAMP -> value instanceof DateValue ? value : date(value.asText().strip());
        };
        if (converted == null) throw refused(value, column);
        return converted;
    }

    private IllegalArgumentException refused(Value value, ColumnName column) {
        String shown = value instanceof ArrayValue ? "a list" : value instanceof ObjectValue ? "an object" : "'" + value.asText() + "'";
        return new IllegalArgumentException("The column " + column + " holds " + holds + "; " + shown + " is not one.");
    }

    private static Value number(String text) {
        try {
            return new NumberValue(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Value bool(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("true") ? BoolValue.TRUE : lower.equals("false") ? BoolValue.FALSE : null;
    }

    private static Value date(String text) {
        try {
            if (text.length() == 10) return new DateValue(LocalDate.parse(text).atStartOfDay());
            return new DateValue(LocalDateTime.parse(text.replace(' ', 'T')));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
