package org.botserver.domain.table;

import java.util.Objects;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One condition of a filter: a column, a comparison and the value as written (text, TRUE/FALSE or NULL); the
 * value is bound as a parameter and converted to the column's type by whoever runs the filter.
 */
@ValueObject
public record Condition(ColumnName column, Comparison comparison, Value value) {

    public Condition {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
        if (!(value instanceof TextValue || value instanceof BoolValue || value == NullValue.NULL)) {
            throw new IllegalArgumentException("A filter compares with text, TRUE, FALSE or NULL, not " + value.asText() + ".");
        }
        if (value == NullValue.NULL && comparison != Comparison.EQUALS && comparison != Comparison.NOT_EQUALS) {
            throw new IllegalArgumentException(column + " " + comparison.symbol()
                    + " NULL compares with nothing; only = NULL and <> NULL can be asked.");
        }
    }

    /** The condition as a filter would write it, for messages and logs. */
    @Override public String toString() {
        String shown = value instanceof TextValue t ? "'" + t.value().replace("'", "''") + "'" : value == NullValue.NULL ? "NULL" : value.asText();
        return column + " " + comparison.symbol() + " " + shown;
    }
}
