package org.botserver.domain.basic.builtins;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Formats dates with the patterns bot authors write: "YYYYMMDD", "DD/MM/YYYY HH:mm", "yyyy-MM-dd", "dddd, d MMMM".
 * Letters are case-insensitive except h (12-hour when the pattern has AM/PM); m means minutes after an hour or
 * before seconds and months elsewhere, as in VB; quoted text and other characters are copied.
 */
final class DatePattern {

    private DatePattern() {
    }

    static String format(LocalDateTime date, String pattern, Locale locale) {
        boolean twelveHour = pattern.toUpperCase(Locale.ROOT).contains("AM/PM") || pattern.contains("tt");
        StringBuilder out = new StringBuilder();
        char previous = 0;
        int i = 0;
        while (i < pattern.length()) {
            char ch = pattern.charAt(i);
            if (ch == '\'' || ch == '"') {
                int close = pattern.indexOf(ch, i + 1);
                int end = close < 0 ? pattern.length() : close;
                out.append(pattern, i + 1, end);
                i = end + 1;
                continue;
            }
            if (pattern.regionMatches(true, i, "AM/PM", 0, 5) || pattern.startsWith("tt", i)) {
                String marker = date.getHour() < 12 ? "AM" : "PM";
                out.append(ch == 'a' ? marker.toLowerCase(Locale.ROOT) : marker);
                i += ch == 't' ? 2 : 5;
                continue;
            }
            char token = Character.toLowerCase(ch);
            if ("ymdhs".indexOf(token) < 0) {
                out.append(ch);
                i++;
                continue;
            }
            int run = 1;
            while (i + run < pattern.length() && Character.toLowerCase(pattern.charAt(i + run)) == token) run++;
            if (token == 'm' && (previous == 'h' || nextTokenIsSeconds(pattern, i + run))) token = 'n';
            out.append(field(date, token, ch == 'H' || !twelveHour, run, locale));
            previous = token;
            i += run;
        }
        return out.toString();
    }

    private static String field(LocalDateTime date, char token, boolean twentyFourHour, int run, Locale locale) {
        return switch (token) {
            case 'y' -> run <= 2 ? pad(date.getYear() % 100, 2) : pad(date.getYear(), run);
            case 'm' -> run >= 4 ? date.getMonth().getDisplayName(TextStyle.FULL, locale)
                    : run == 3 ? date.getMonth().getDisplayName(TextStyle.SHORT, locale) : pad(date.getMonthValue(), run);
            case 'd' -> run >= 4 ? date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale)
                    : run == 3 ? date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) : pad(date.getDayOfMonth(), run);
            case 'h' -> pad(twentyFourHour ? date.getHour() : (date.getHour() + 11) % 12 + 1, run);
            case 'n' -> pad(date.getMinute(), run);
            default -> pad(date.getSecond(), run);
        };
    }

    private static boolean nextTokenIsSeconds(String pattern, int from) {
        for (int i = from; i < pattern.length(); i++) {
            char c = Character.toLowerCase(pattern.charAt(i));
            if (c == 's') return true;
            if ("ymdh".indexOf(c) >= 0) return false;
        }
        return false;
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
