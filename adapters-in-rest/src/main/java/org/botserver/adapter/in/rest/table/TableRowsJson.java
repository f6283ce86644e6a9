package org.botserver.adapter.in.rest.table;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.botserver.application.table.TableRow;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.Value;

/** Table rows as JSON objects, columns in table order: numbers and booleans as such, NULL as null, the rest as text. */
final class TableRowsJson {

    private TableRowsJson() {
    }

    static JsonArray of(List<TableRow> rows) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (TableRow row : rows) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            row.values().forEach((column, value) -> add(object, column, value));
            array.add(object);
        }
        return array.build();
    }

    private static void add(JsonObjectBuilder object, String column, Value value) {
        switch (value) {
            case NullValue ignored -> object.addNull(column);
            case NumberValue number -> object.add(column, number.value());
            case BoolValue bool -> object.add(column, bool.value());
            default -> object.add(column, value.asText());
        }
    }
}
