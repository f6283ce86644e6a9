package org.botserver.domain.basic.builtins;

import java.text.Normalizer;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The units DATEADD and DATEDIFF accept: English words, their VB abbreviations ("m" is month, "n" minute) and Portuguese. */
final class DateUnits {

    private static final Map<String, TemporalUnit> UNITS = units();

    private DateUnits() {
    }

    static Optional<TemporalUnit> find(String name) {
        String key = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(UNITS.get(key));
    }

    /** Whether the unit counts whole calendar days or more, so DATEDIFF compares dates and ignores the time of day. */
    static boolean isCalendar(TemporalUnit unit) {
        return unit.isDateBased();
    }

    private static Map<String, TemporalUnit> units() {
        Map<String, TemporalUnit> units = new HashMap<>();
        add(units, ChronoUnit.YEARS, "year", "years", "yyyy", "yy", "y", "ano", "anos");
        add(units, IsoFields.QUARTER_YEARS, "quarter", "quarters", "q", "trimestre", "trimestres");
        add(units, ChronoUnit.MONTHS, "month", "months", "m", "mm", "mes", "meses");
        add(units, ChronoUnit.WEEKS, "week", "weeks", "ww", "w", "wk", "semana", "semanas");
        add(units, ChronoUnit.DAYS, "day", "days", "d", "dd", "dia", "dias");
        add(units, ChronoUnit.HOURS, "hour", "hours", "h", "hh", "hr", "hrs", "hora", "horas");
        add(units, ChronoUnit.MINUTES, "minute", "minutes", "min", "mins", "n", "mi", "minuto", "minutos");
        add(units, ChronoUnit.SECONDS, "second", "seconds", "s", "ss", "sec", "secs", "segundo", "segundos");
        return Map.copyOf(units);
    }

    private static void add(Map<String, TemporalUnit> units, TemporalUnit unit, String... names) {
        for (String name : List.of(names)) units.put(name, unit);
    }
}
