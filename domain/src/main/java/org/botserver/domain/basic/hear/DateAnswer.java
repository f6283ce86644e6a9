package org.botserver.domain.basic.hear;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as people type it: 25/11/2026, 25-11-26, 2026-11-25, 25/11, "25 de novembro de 2026",
 * "Nov 25, 2026", "today"/"hoje", "tomorrow"/"amanhã", "yesterday"/"ontem". Day comes before month unless
 * only the other way round makes a real date (12/25/2026).
 */
final class DateAnswer {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})(?:[-/.](\\d{2}|\\d{4}))?");
    private static final Pattern NAMED = Pattern.compile("(?:(\\d{1,2}) ([a-z]+)|([a-z]+) (\\d{1,2}))(?: (\\d{4}))?");
    private static final Map<String, Integer> RELATIVE = Map.of("today", 0, "hoje", 0, "tomorrow", 1, "amanha", 1,
            "yesterday", -1, "ontem", -1, "day after tomorrow", 2, "depois de amanha", 2);
    private static final Map<String, Month> MONTHS = months();

    private DateAnswer() {
    }

    static Optional<LocalDate> read(String answer, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        String folded = Folding.fold(answer);
        Integer offset = RELATIVE.get(folded);
        if (offset != null) return Optional.of(today.plusDays(offset));
        try {
            Matcher m = ISO.matcher(folded);
            if (m.matches()) return Optional.of(LocalDate.of(number(m, 1), number(m, 2), number(m, 3)));
            m = DAY_FIRST.matcher(folded);
            if (m.matches()) return dayFirst(number(m, 1), number(m, 2), year(m.group(3), today));
            m = NAMED.matcher(folded.replaceAll("[,.]", " ").replaceAll("\\b(de|of|the)\\b", " ").replaceAll("\\s+", " ").strip());
            if (m.matches()) return named(m, today);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dayFirst(int first, int second, int year) {
        if (second > 12 && first <= 12) return Optional.of(LocalDate.of(year, first, second));
        return Optional.of(LocalDate.of(year, second, first));
    }

    private static Optional<LocalDate> named(Matcher m, LocalDate today) {
        boolean dayFirst = m.group(1) != null;
        Month month = MONTHS.get(dayFirst ? m.group(2) : m.group(3));
        if (month == null) return Optional.empty();
        int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(4));
        return Optional.of(LocalDate.of(year(m.group(5), today), month, day));
    }

    /** Two-digit years are this century unless that is more than ten years ahead (85 is 1985 for a birth date). */
    private static int year(String digits, LocalDate today) {
        if (digits == null) return today.getYear();
        int year = Integer.parseInt(digits);
        if (digits.length() > 2) return year;
        return 2000 + year > today.getYear() + 10 ? 1900 + year : 2000 + year;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Map<String, Month> months() {
        Map<String, Month> months = new HashMap<>();
        for (Month month : Month.values()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("pt-BR")}) {
                months.put(Folding.fold(month.getDisplayName(TextStyle.FULL, locale)), month);
                months.put(Folding.fold(month.getDisplayName(TextStyle.SHORT, locale)).replace(".", ""), month);
            }
        }
        return Map.copyOf(months);
    }
}
