package org.botserver.domain.table;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records: comma-separated fields, quoted fields with "" for a quote and line breaks inside; blank lines skipped. */
final class CsvRecords {

    private CsvRecords() {
    }

    static List<List<String>> read(String fileName, String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false, wasQuoted = false;
        int line = 1, quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
                quoteLine = line;
            } else if (c == ',') {
                record.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                end(records, record, field, wasQuoted);
                record = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new IllegalArgumentException(fileName + " line " + line + ": text after a closing quote; write \"\" for a quote inside a quoted field.");
            } else if (!wasQuoted) {
                field.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException(fileName + " line " + quoteLine + ": a quoted field is never closed.");
        end(records, record, field, wasQuoted);
        return records;
    }

    private static void end(List<List<String>> records, List<String> record, StringBuilder field, boolean wasQuoted) {
        boolean blank = record.isEmpty() && !wasQuoted && field.toString().isBlank();
        if (blank) return;
        record.add(wasQuoted ? field.toString() : field.toString().strip());
        records.add(record);
    }
}
