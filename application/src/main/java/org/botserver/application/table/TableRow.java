package org.botserver.application.table;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.Value;

/** One row of a bot table as read back: its columns in table order, {@code id} first. */
public record TableRow(Map<String, Value> values) {

    public TableRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The row's number, or NULL for a row not stored yet. */
    public Value id() {
        return values.getOrDefault("id", NullValue.NULL);
    }

    /** The row as the BASIC object FIND gives a dialog (a fresh, mutable one each time: dialogs change their copies). */
    public ObjectValue toObject() {
        return new ObjectValue(new LinkedHashMap<>(values));
    }

    /** A row of this id and these values; for adapters and tests. */
    public static TableRow of(long id, Map<String, Value> values) {
        Map<String, Value> row = new LinkedHashMap<>();
        row.put("id", NumberValue.of(id));
        values.forEach((column, value) -> {
            if (!column.equals("id")) row.put(column, value);
        });
        return new TableRow(row);
    }
}
