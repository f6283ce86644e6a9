package org.botserver.specs.steps;

import io.cucumber.datatable.DataTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool's arguments as a two-column table, name | value, in order; a header row "argument | value" is optional.
 * A value that reads as a number or true/false is sent to the tool as one; in double quotes it is sent as text.
 */
final class ArgumentTable {

    private ArgumentTable() {
    }

    static Map<String, String> of(DataTable table) {
        List<List<String>> rows = table.asLists();
        if (!rows.isEmpty() && rows.getFirst().equals(List.of("argument", "value"))) rows = rows.subList(1, rows.size());
        Map<String, String> arguments = new LinkedHashMap<>();
        for (List<String> row : rows) {
            if (row.size() != 2 || row.get(0) == null) {
                throw new IllegalArgumentException("A tool's arguments are rows of name | value, not " + row + ".");
            }
            String name = row.get(0).strip();
            if (arguments.put(name, row.get(1) == null ? "" : row.get(1)) != null) {
                throw new IllegalArgumentException("The argument \"" + name + "\" is given twice.");
            }
        }
        return arguments;
    }
}
