package org.botserver.adapter.out.storage.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as one passage per data row, each value labelled with its column's header ("city: Lisbon; price: 12"),
 * so a row found alone still says what its values are. Quoted fields may hold commas, quotes and line breaks.
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<String> read(String text) {
        List<List<String>> rows = parse(text);
        if (rows.isEmpty()) return List.of();
        List<String> header = rows.getFirst();
        List<String> passages = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            StringBuilder passage = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String value = row.get(i).strip();
                if (value.isEmpty()) continue;
                if (!passage.isEmpty()) passage.append("; ");
                String name = i < header.size() ? header.get(i).strip() : "";
                passage.append(name.isEmpty() ? value : name + ": " + value);
            }
            if (!passage.isEmpty()) passages.add(passage.toString());
        }
        return passages;
    }

    private static List<List<String>> parse(String text) {
        // Spreadsheets saved in comma-decimal locales separate with ';'.
        char separator = text.lines().findFirst().filter(l -> l.indexOf(';') >= 0 && l.indexOf(',') < 0)
                .map(l -> ';').orElse(',');
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(field.toString());
                field.setLength(0);
                if (row.stream().anyMatch(f -> !f.isBlank())) rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        row.add(field.toString());
        if (row.stream().anyMatch(f -> !f.isBlank())) rows.add(row);
        return rows;
    }
}
