package org.botserver.domain.basic.hear;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** HEAR types for moments: DATE (a day, normalised to a date) and HOUR (a time of day, normalised to "HH:mm"). */
final class TimeTypes {

    private static final Pattern HOUR = Pattern.compile("(\\d{1,2})(?:[:h.](\\d{2}))?(?:h|hs|hrs|horas?|hours?)?(am|pm)?");
    private static final Map<String, String> NAMED_HOURS = Map.of("noon", "12:00", "midday", "12:00",
            "meio-dia", "12:00", "meio dia", "12:00", "midnight", "00:00", "meia-noite", "00:00", "meia noite", "00:00");

    private TimeTypes() {
    }

    static List<HearType> all() {
        return List.of(
                new HearType("DATE", List.of("DATA"), "Please enter a date, like 25/11/2026, 2026-11-25 or today.",
                        (answer, clock) -> DateAnswer.read(answer, clock).map(d -> new DateValue(d.atStartOfDay()))),
                new HearType("HOUR", List.of("TIME", "HORA"), "Please enter a time, like 14:30 or 2pm.",
                        (answer, clock) -> hour(answer)));
    }

    /** "14:30", "9:05", "14h30", "14h", "2pm", "2:30 p.m.", "12am" (midnight), "noon", "meio-dia". */
    private static Optional<Value> hour(String answer) {
        String folded = Folding.fold(answer);
        String named = NAMED_HOURS.get(folded);
        if (named != null) return Optional.of(new TextValue(named));
        Matcher m = HOUR.matcher(folded.replace("a.m.", "am").replace("p.m.", "pm").replace(" ", ""));
        if (!m.matches()) return Optional.empty();
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) return Optional.empty();
            hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) return Optional.empty();
        return Optional.of(new TextValue(String.format("%02d:%02d", hour, minute)));
    }
}
