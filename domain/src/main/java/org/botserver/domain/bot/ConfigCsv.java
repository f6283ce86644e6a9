package org.botserver.domain.bot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads config.csv: one {@code name,value} row per line, an optional {@code name,value} header, '#' comments and
 * blank lines ignored. A value may be quoted ("a, b" with "" for a quote); unquoted, it is the rest of the line.
 */
public final class ConfigCsv {

    /** The settings read and the problems found, each naming its line; a bad row is skipped, not fatal. */
    public record Parsed(BotConfig config, List<String> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    private ConfigCsv() {
    }

    public static Parsed parse(String fileName, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            String where = fileName + " line " + (i + 1) + ": ";
            int comma = line.indexOf(',');
            if (comma < 0) {
                problems.add(where + "expected name,value.");
                continue;
            }
            String key = normalise(unquote(line.substring(0, comma).strip()));
            String value = unquote(line.substring(comma + 1).strip());
            boolean header = first && key.equals("name") && value.equalsIgnoreCase("value");
            first = false;
            if (header) continue;
            if (key.isEmpty()) {
                problems.add(where + "the name is empty.");
                continue;
            }
            String typeProblem = ConfigKey.named(key).flatMap(k -> k.problemWith(value)).orElse(null);
            if (typeProblem != null && !value.isBlank()) {
                problems.add(where + typeProblem + (BotConfig.isSecret(key) ? "." : ", got '" + value + "'."));
                continue;
            }
            if (BotConfig.isParam(key) && BotConfig.variableOf(key).isEmpty()) {
                problems.add(where + key + " does not name a BASIC variable (letters, digits, _ or -), so no dialog could read it.");
                continue;
            }
            if (values.containsKey(key)) problems.add(where + key + " is set again; the last value counts.");
            values.put(key, value);
        }
        return new Parsed(new BotConfig(values), problems);
    }

    static String normalise(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }

    private static String unquote(String field) {
        if (field.length() < 2 || !field.startsWith("\"") || !field.endsWith("\"")) return field;
        return field.substring(1, field.length() - 1).replace("\"\"", "\"");
    }
}
