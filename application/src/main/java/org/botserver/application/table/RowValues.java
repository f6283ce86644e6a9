package org.botserver.application.table;

import java.util.LinkedHashMap;
import java.util.Map;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.table.ColumnName;

/** A BASIC object as the values of a row: its fields become columns, and each value must fit a table cell. */
final class RowValues {

    private RowValues() {
    }

    /**
     * The row SAVE was given: {@code SAVE "t", name} arrives as {@code {name: name}} (a variable names its column),
     * and {@code SAVE "t", row} as {@code {row: row}}; a single field holding an object is that whole row.
     */
    static Map<ColumnName, Value> ofSaved(Value value, String what) {
        if (value instanceof ObjectValue object && object.fields().size() == 1
                && object.fields().values().iterator().next() instanceof ObjectValue row) {
            return of(row, what);
        }
        return of(value, what);
    }

    /** @throws IllegalArgumentException naming the field, for a value that is not an object or a field no cell can hold */
    static Map<ColumnName, Value> of(Value value, String what) {
        if (!(value instanceof ObjectValue object)) {
            throw new IllegalArgumentException(what + " must be an object like { name: name }, not " + describe(value) + ".");
        }
        if (object.fields().isEmpty()) throw new IllegalArgumentException(what + " has no fields to store.");
        Map<ColumnName, Value> values = new LinkedHashMap<>();
        object.fields().forEach((field, cell) -> {
            if (cell instanceof ArrayValue || cell instanceof ObjectValue) {
                throw new IllegalArgumentException("The field " + field + " holds " + describe(cell)
                        + "; a table cell holds a number, text, TRUE/FALSE, a date or NULL.");
            }
            if (values.put(ColumnName.of(field), cell) != null) {
                throw new IllegalArgumentException("Two fields name the column " + ColumnName.of(field) + ".");
            }
        });
        return values;
    }

    static String describe(Value value) {
        return switch (value) {
            case ArrayValue a -> "a list";
            case ObjectValue o -> "an object";
            default -> "'" + value.asText() + "'";
        };
    }
}
