package org.botserver.domain.schedule;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** One of the five fields of a cron expression: the values it allows, parsed from {@code *}, lists, ranges and steps. */
record CronField(String name, int min, int max, BitSet allowed, boolean any) {

    static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC");
    static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    CronField {
        allowed = (BitSet) allowed.clone();
    }

    boolean allows(int value) {
        return allowed.get(value);
    }

    /** Parses {@code text} for a field whose values run from {@code min} to {@code max}; names are for months and days. */
    static CronField parse(String name, String text, int min, int max, List<String> names) {
        BitSet allowed = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            if (part.isEmpty()) throw invalid(name, text, "an empty list item");
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = number(name, part.substring(slash + 1), names, 1, max - min + 1, text);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.indexOf('-') > 0) {
                from = number(name, range.substring(0, range.indexOf('-')), names, min, max, text);
                to = number(name, range.substring(range.indexOf('-') + 1), names, min, max, text);
                if (to < from) throw invalid(name, text, "a range that runs backwards (" + range + ")");
            } else {
                from = number(name, range, names, min, max, text);
                // "5/15" means from 5 to the end in steps of 15, as in Vixie cron.
                to = slash >= 0 ? max : from;
            }
            for (int v = from; v <= to; v += step) allowed.set(v);
        }
        // Vixie cron treats a day field starting with "*" as unrestricted when it combines day-of-month and day-of-week.
        return new CronField(name, min, max, allowed, text.startsWith("*"));
    }

    private static int number(String name, String text, List<String> names, int min, int max, String field) {
        int index = names.indexOf(text.toUpperCase(Locale.ROOT));
        if (index >= 0) return index + (names == MONTHS ? 1 : 0);
        if (text.isEmpty() || !text.chars().allMatch(Character::isDigit) || text.length() > 3) {
            throw invalid(name, field, "\"" + text + "\", which is not a number");
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw invalid(name, field, value + ", outside " + min + "-" + max);
        }
        return value;
    }

    private static IllegalArgumentException invalid(String name, String field, String problem) {
        return new IllegalArgumentException("the " + name + " field \"" + field + "\" has " + problem + ".");
    }
}
