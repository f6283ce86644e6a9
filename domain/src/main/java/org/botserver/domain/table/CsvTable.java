package org.botserver.domain.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.botserver.domain.basic.value.Value;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A {@code .gbdata/<table>.csv} file read as rows to seed its table with: the header names the columns, each line
 * is a row (RFC 4180: fields may be quoted, with "" for a quote and line breaks inside), and each column's values
 * are typed together by {@link CellTypes}.
 */
@ValueObject
public record CsvTable(TableName table, List<ColumnName> columns, List<Map<ColumnName, Value>> rows) {

    public CsvTable {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * The table the file seeds, named after the file ("products.csv" → products).
     *
     * @throws IllegalArgumentException naming the file and line, for a bad name, header or row
     */
    public static CsvTable parse(String fileName, String text) {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1);
        TableName table;
        try {
            table = TableName.of(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(fileName + ": " + e.getMessage());
        }
        List<List<String>> records = CsvRecords.read(fileName, text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) throw new IllegalArgumentException(fileName + " is empty; its first line must name the columns.");
        List<ColumnName> columns = header(fileName, records.getFirst());
        List<List<String>> lines = records.subList(1, records.size());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).size() != columns.size()) {
                throw new IllegalArgumentException(fileName + " row " + (i + 2) + " has " + lines.get(i).size()
                        + " fields, but the header names " + columns.size() + " columns.");
            }
        }
        List<Map<ColumnName, Value>> rows = new ArrayList<>();
        lines.forEach(line -> rows.add(new LinkedHashMap<>()));
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            List<Value> typed = CellTypes.typed(lines.stream().map(line -> line.get(column)).toList());
            for (int r = 0; r < rows.size(); r++) rows.get(r).put(columns.get(c), typed.get(r));
        }
        return new CsvTable(table, columns, rows.stream().map(Collections::unmodifiableMap).toList());
    }

    private static List<ColumnName> header(String fileName, List<String> names) {
        List<ColumnName> columns = new ArrayList<>();
        Set<ColumnName> seen = new HashSet<>();
        for (String name : names) {
            ColumnName column;
            try {
                column = ColumnName.of(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(fileName + " header: " + e.getMessage());
            }
            if (!seen.add(column)) throw new IllegalArgumentException(fileName + " header names the column " + column + " twice.");
            columns.add(column);
        }
        return columns;
    }
}
