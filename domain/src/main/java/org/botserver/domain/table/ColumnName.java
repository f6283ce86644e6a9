package org.botserver.domain.table;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/** The name of a column of a bot table: a lower-case identifier; {@code id} is the row's own number. */
@ValueObject
public record ColumnName(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    /** The column every table has: its rows' numbers, given by the database (declared after the patterns it needs). */
    public static final ColumnName ID = new ColumnName("id");

    public ColumnName {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a column name: use letters, digits and _ "
                    + "(at most 63, not starting with a digit), like \"email\" or \"unit_price\".");
        }
    }

    /** The column a field or CSV header names: case ignored, spaces and dashes become _ ("Unit Price" → unit_price). */
    public static ColumnName of(String text) {
        String name = text == null ? "" : SEPARATORS.matcher(text.strip()).replaceAll("_").toLowerCase(Locale.ROOT);
        return new ColumnName(name);
    }

    /** Whether the text names a column exactly as written (lower-case identifier), for checks without exceptions. */
    public static boolean isValid(String text) {
        return text != null && VALID.matcher(text).matches();
    }

    @Override public String toString() { return value; }
}
