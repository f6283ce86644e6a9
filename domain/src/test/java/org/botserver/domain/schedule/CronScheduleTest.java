package org.botserver.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    private static List<Instant> ticks(String cron, String after, String upTo) {
        return Schedule.of(cron).ticksBetween(Instant.parse(after), Instant.parse(upTo), UTC);
    }

    /** The ticks of whole days, asked a day at a time as a ticker that never pauses would. */
    private static List<Instant> daily(String cron, String firstDay, int days) {
        Schedule schedule = Schedule.of(cron);
        List<Instant> ticks = new ArrayList<>();
        Instant day = Instant.parse(firstDay + "T00:00:00Z").minusSeconds(1);
        for (int i = 0; i < days; i++, day = day.plus(Duration.ofDays(1))) {
            ticks.addAll(schedule.ticksBetween(day, day.plus(Duration.ofDays(1)), UTC));
        }
        return ticks;
    }

    @Test
    void monday_at_nine_ticks_once_in_a_week() {
        // 2025-01-06 is a Monday.
        assertEquals(List.of(Instant.parse("2025-01-06T09:00:00Z")), daily("0 9 * * 1", "2025-01-05", 7));
    }

    @Test
    void a_tick_exactly_at_the_start_belongs_to_the_earlier_interval() {
        assertEquals(List.of(), ticks("0 9 * * *", "2025-01-06T09:00:00Z", "2025-01-06T09:00:59Z"));
        assertEquals(List.of(Instant.parse("2025-01-06T09:00:00Z")),
                ticks("0 9 * * *", "2025-01-06T08:59:59Z", "2025-01-06T09:00:00Z"));
    }

    @Test
    void steps_ranges_and_lists_combine() {
        assertEquals(List.of(Instant.parse("2025-01-06T10:00:00Z"), Instant.parse("2025-01-06T10:20:00Z"),
                        Instant.parse("2025-01-06T10:40:00Z"), Instant.parse("2025-01-06T10:45:00Z")),
                ticks("*/20,45 10-11 * * *", "2025-01-06T09:59:00Z", "2025-01-06T10:59:00Z"));
    }

    @Test
    void names_of_months_and_days_and_sunday_as_seven_are_understood() {
        // 2025-03-02 is a Sunday in March.
        assertEquals(List.of(Instant.parse("2025-03-02T08:30:00Z")), daily("30 8 * MAR 7", "2025-03-01", 2));
        assertEquals(List.of(Instant.parse("2025-03-02T08:30:00Z")), daily("30 8 * mar sun", "2025-03-01", 2));
        assertEquals(List.of(), daily("30 8 * FEB 7", "2025-03-01", 2));
    }

    @Test
    void a_restricted_day_of_month_and_day_of_week_match_either_as_in_vixie_cron() {
        // The 1st of January 2025 is a Wednesday; the 6th a Monday.
        assertEquals(List.of(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-06T00:00:00Z")),
                daily("0 0 1 * 1", "2025-01-01", 6));
    }

    @Test
    void ticks_fall_on_the_minutes_of_the_given_zone() {
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");

        assertEquals(List.of(Instant.parse("2025-01-06T12:00:00Z")), Schedule.of("0 9 * * *")
                .ticksBetween(Instant.parse("2025-01-06T00:00:00Z"), Instant.parse("2025-01-06T23:00:00Z"), saoPaulo));
    }

    @Test
    void a_long_pause_catches_up_a_day_of_ticks_only() {
        assertEquals(24, ticks("0 * * * *", "2020-01-01T00:00:00Z", "2025-01-06T00:00:30Z").size());
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "0 9 * * | has five fields (minute hour day month weekday), not 4",
            "0 9 * * 1 2 | not 6",
            "61 * * * * | the minute field \"61\" has 61, outside 0-59",
            "0 24 * * * | the hour field \"24\" has 24, outside 0-23",
            "0 9 0 * * | the day-of-month field \"0\" has 0, outside 1-31",
            "0 9 * 13 * | the month field \"13\" has 13, outside 1-12",
            "0 9 * * 8 | the day-of-week field \"8\" has 8, outside 0-7",
            "0 9 * * MON-FRX | \"FRX\", which is not a number",
            "5-1 * * * * | a range that runs backwards (5-1)",
            "*/0 * * * * | the minute field \"*/0\" has 0, outside 1-60",
            "1,,2 * * * * | an empty list item"})
    void a_malformed_cron_expression_names_the_field_and_the_problem(String cron, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedule.of(cron));

        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith("\"" + cron + "\" is not a valid cron schedule: "), e.getMessage());
    }
}
