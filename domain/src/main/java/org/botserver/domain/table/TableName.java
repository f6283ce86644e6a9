package org.botserver.domain.table;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/** The name of a bot table: a lower-case identifier, so {@code "Products.csv"} and {@code "products"} are one table. */
@ValueObject
public record TableName(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public TableName {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a table name: use letters, digits and _ "
                    + "(at most 63, not starting with a digit), like \"products\" or \"products.csv\".");
        }
    }

    /** The table a dialog names: case ignored, surrounding spaces and a ".csv" ending dropped ("Products.csv" → products). */
    public static TableName of(String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) name = name.substring(0, name.length() - ".csv".length());
        if (name.isEmpty()) throw new IllegalArgumentException("The table name is empty; name one, like \"products\".");
        return new TableName(name);
    }

    @Override public String toString() { return value; }
}
