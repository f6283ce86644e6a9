package org.botserver.domain.schedule;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English phrases SET SCHEDULE accepts besides cron ("every 15 minutes", "every day at 9:00",
 * "every monday at 9am"), each turned into the cron expression it means.
 */
final class SchedulePhrase {

    static final String EXAMPLES = "\"every 15 minutes\", \"every hour\", \"every day at 9:00\", \"every weekday at 8:30\""
            + " or \"every monday at 9\"";

    private static final Pattern MINUTES = Pattern.compile("every (\\d{1,2}) minutes?");
    private static final Pattern HOURS = Pattern.compile("every (\\d{1,2}) hours?");
    private static final Pattern DAYS = Pattern.compile("every (day|weekday|weekend|[a-z]+?)s?(?: at (.+))?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?");
    private static final List<String> WEEKDAYS = List.of("sunday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday");

    private SchedulePhrase() {
    }

    /** The cron expression of a phrase; throws with the phrases that are understood when it is none of them. */
    static String toCron(String phrase) {
        String text = phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.equals("every minute")) return "* * * * *";
        if (text.equals("every hour")) return "0 * * * *";
        Matcher m = MINUTES.matcher(text);
        if (m.matches()) return "*/" + within(m.group(1), 1, 59, "minutes", phrase) + " * * * *";
        m = HOURS.matcher(text);
        if (m.matches()) return "0 */" + within(m.group(1), 1, 23, "hours", phrase) + " * * *";
        m = DAYS.matcher(text);
        if (m.matches()) {
            String days = days(m.group(1), phrase);
            int[] time = m.group(2) == null ? new int[] {0, 0} : time(m.group(2), phrase);
            return time[1] + " " + time[0] + " * * " + days;
        }
        throw unknown(phrase);
    }

    private static String days(String word, String phrase) {
        return switch (word) {
            case "day" -> "*";
            case "weekday" -> "1-5";
            case "weekend" -> "0,6";
            default -> {
                int index = WEEKDAYS.indexOf(word);
                if (index < 0) throw unknown(phrase);
                yield Integer.toString(index);
            }
        };
    }

    /** Hour and minute of "9", "9:30", "9am", "9:30 pm", "noon" or "midnight". */
    private static int[] time(String text, String phrase) {
        if (text.equals("noon")) return new int[] {12, 0};
        if (text.equals("midnight")) return new int[] {0, 0};
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + phrase + "\" has a time that is not understood: use 9, 9:30, 9am or 21:30.");
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) throw new IllegalArgumentException("\"" + phrase + "\" has an hour outside 1-12 before am/pm.");
            hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("\"" + phrase + "\" has a time outside 0:00-23:59.");
        }
        return new int[] {hour, minute};
    }

    private static int within(String number, int min, int max, String unit, String phrase) {
        int n = Integer.parseInt(number);
        if (n < min || n > max) {
            throw new IllegalArgumentException("\"" + phrase + "\" needs " + min + " to " + max + " " + unit + ".");
        }
        return n;
    }

    private static IllegalArgumentException unknown(String phrase) {
        return new IllegalArgumentException("\"" + phrase + "\" is not a schedule this server understands: use five cron"
                + " fields such as \"0 9 * * 1\" or a phrase such as " + EXAMPLES + ".");
    }
}
