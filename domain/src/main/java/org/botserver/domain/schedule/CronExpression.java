package org.botserver.domain.schedule;

import java.time.LocalDateTime;

/**
 * A five-field cron expression (minute, hour, day of month, month, day of week) as Vixie cron reads it: names
 * for months and days, 0 and 7 both Sunday, and a day that matches when either day field does if both are
 * restricted.
 */
record CronExpression(CronField minute, CronField hour, CronField dayOfMonth, CronField month, CronField dayOfWeek) {

    static CronExpression parse(String text) {
        String[] fields = text.strip().split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("a cron expression has five fields (minute hour day month weekday), not "
                    + fields.length + ".");
        }
        return new CronExpression(
                CronField.parse("minute", fields[0], 0, 59, java.util.List.of()),
                CronField.parse("hour", fields[1], 0, 23, java.util.List.of()),
                CronField.parse("day-of-month", fields[2], 1, 31, java.util.List.of()),
                CronField.parse("month", fields[3], 1, 12, CronField.MONTHS),
                CronField.parse("day-of-week", fields[4], 0, 7, CronField.DAYS));
    }

    /** Whether the minute starting at {@code at} is one of the expression's ticks. */
    boolean matches(LocalDateTime at) {
        if (!minute.allows(at.getMinute()) || !hour.allows(at.getHour()) || !month.allows(at.getMonthValue())) {
            return false;
        }
        boolean dom = dayOfMonth.allows(at.getDayOfMonth());
        int weekday = at.getDayOfWeek().getValue() % 7;
        boolean dow = dayOfWeek.allows(weekday) || weekday == 0 && dayOfWeek.allows(7);
        if (dayOfMonth.any() || dayOfWeek.any()) return dom && dow;
        return dom || dow;
    }
}
