package org.botserver.domain.basic.value;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** A date and time of day, as NOW, TODAY and HEAR AS DATE produce. */
public record DateValue(LocalDateTime value) implements Value {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public DateValue {
        Objects.requireNonNull(value, "value");
    }

    @Override public boolean truthy() { return true; }

    /** ISO-like: "2026-11-25" for a plain date, "2026-11-25 14:30:00" with a time of day. */
    @Override public String asText() {
        return value.toLocalTime().toSecondOfDay() == 0 ? DATE.format(value) : DATE_TIME.format(value);
    }
}
