package org.botserver.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * When a dialog runs by itself: the text of its {@code SET SCHEDULE} (five cron fields or a phrase such as
 * "every day at 9:00") and the cron expression it means. Ticks fall on whole minutes of the given zone.
 */
@ValueObject
public record Schedule(String text, String cron) {

    /** Ticks further back than this are not caught up after a pause; a job runs for its recent ticks only. */
    static final Duration CATCH_UP = Duration.ofDays(1);

    public Schedule {
        Objects.requireNonNull(text, "text");
        CronExpression.parse(cron);
    }

    /**
     * The schedule SET SCHEDULE declares.
     *
     * @throws IllegalArgumentException with a message for the script's author when the text is neither
     */
    public static Schedule of(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) throw new IllegalArgumentException("SET SCHEDULE needs a schedule such as \"0 9 * * 1\".");
        char first = trimmed.charAt(0);
        if (!Character.isDigit(first) && first != '*') return new Schedule(trimmed, SchedulePhrase.toCron(trimmed));
        try {
            return new Schedule(trimmed, trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a valid cron schedule: " + e.getMessage());
        }
    }

    /** The ticks after {@code after} up to and including {@code upTo}, oldest first, at most a day's worth. */
    public List<Instant> ticksBetween(Instant after, Instant upTo, ZoneId zone) {
        CronExpression expression = CronExpression.parse(cron);
        Instant from = after.isBefore(upTo.minus(CATCH_UP)) ? upTo.minus(CATCH_UP) : after;
        List<Instant> ticks = new ArrayList<>();
        Instant minute = from.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        for (; !minute.isAfter(upTo); minute = minute.plus(1, ChronoUnit.MINUTES)) {
            if (expression.matches(LocalDateTime.ofInstant(minute, zone))) ticks.add(minute);
        }
        return ticks;
    }
}
