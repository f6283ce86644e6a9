package org.botserver.domain.basic.builtins;

import static org.botserver.domain.basic.builtins.BuiltinCalls.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NumberValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFunctionsTest {

    private static final LocalDateTime MEETING = LocalDateTime.of(2026, 11, 25, 14, 5);

    @Test
    void now_and_today_read_the_clock() {
        assertEquals(new DateValue(LocalDateTime.of(2026, 11, 25, 14, 5, 30)), call("NOW"));
        assertEquals(new DateValue(LocalDateTime.of(2026, 11, 25, 0, 0)), call("TODAY"));
        assertEquals("2026-11-25", call("TODAY").asText());
    }

    @ParameterizedTest(name = "DATEADD(2026-11-25 14:05, {0}, \"{1}\") = {2}")
    @CsvSource(textBlock = """
            1,    day,     2026-11-26T14:05
            1,    d,       2026-11-26T14:05
            10,   dias,    2026-12-05T14:05
            -25,  day,     2026-10-31T14:05
            1,    month,   2026-12-25T14:05
            3,    m,       2027-02-25T14:05
            1,    mês,     2026-12-25T14:05
            1,    quarter, 2027-02-25T14:05
            2,    week,    2026-12-09T14:05
            -1,   year,    2025-11-25T14:05
            1,    YEARS,   2027-11-25T14:05
            10,   hour,    2026-11-26T00:05
            55,   minute,  2026-11-25T15:00
            30,   n,       2026-11-25T14:35
            30,   second,  2026-11-25T14:05:30
            """)
    void dateadd_moves_a_date_by_whole_units(int amount, String unit, LocalDateTime expected) {
        assertEquals(new DateValue(expected), call("DATEADD", MEETING, amount, unit));
    }

    @Test
    void dateadd_keeps_the_end_of_shorter_months() {
        assertEquals(new DateValue(LocalDateTime.of(2027, 2, 28, 0, 0)),
                call("DATEADD", LocalDateTime.of(2027, 1, 31, 0, 0), 1, "month"));
    }

    @Test
    void dateadd_accepts_dates_as_text_and_the_vb_argument_order() {
        assertEquals(new DateValue(LocalDateTime.of(2026, 12, 1, 0, 0)), call("DATEADD", "2026-11-30", 1, "day"));
        assertEquals(new DateValue(LocalDateTime.of(2026, 12, 1, 0, 0)), call("DATEADD", "30/11/2026", 1, "day"));
        assertEquals(new DateValue(LocalDateTime.of(2026, 12, 1, 0, 0)), call("DATEADD", "d", 1, "2026-11-30"));
    }

    @ParameterizedTest(name = "DATEDIFF({0}, {1}, \"{2}\") = {3}")
    @CsvSource(textBlock = """
            2026-11-25T14:05, 2026-12-25T09:00, day,    30
            2026-11-25T23:00, 2026-11-26T01:00, day,    1
            2026-12-25T00:00, 2026-11-25T00:00, d,      -30
            2000-06-15T00:00, 2026-06-14T00:00, year,   25
            2000-06-15T00:00, 2026-06-15T00:00, year,   26
            2026-01-31T00:00, 2026-03-01T00:00, month,  1
            2026-11-25T14:05, 2026-11-25T16:04, hour,   1
            2026-11-25T14:05, 2026-11-25T16:04, minute, 119
            2026-11-25T14:05, 2026-12-09T14:05, week,   2
            """)
    void datediff_counts_whole_units_from_the_first_date_to_the_second(LocalDateTime from, LocalDateTime to,
                                                                       String unit, long expected) {
        assertEquals(NumberValue.of(expected), call("DATEDIFF", from, to, unit));
    }

    @Test
    void datediff_counts_days_by_default_and_accepts_the_vb_order() {
        assertEquals(NumberValue.of(5), call("DATEDIFF", "2026-11-20", "2026-11-25"));
        assertEquals(NumberValue.of(5), call("DATEDIFF", "day", "2026-11-20", "2026-11-25"));
    }

    @Test
    void date_parts_read_the_fields_of_a_date() {
        assertEquals(NumberValue.of(2026), call("YEAR", MEETING));
        assertEquals(NumberValue.of(11), call("MONTH", MEETING));
        assertEquals(NumberValue.of(25), call("DAY", MEETING));
        assertEquals(NumberValue.of(14), call("HOUR", MEETING));
        assertEquals(NumberValue.of(5), call("MINUTE", MEETING));
        assertEquals(NumberValue.of(0), call("SECOND", MEETING));
        assertEquals(NumberValue.of(4), call("WEEKDAY", MEETING), "Wednesday, counting Sunday as 1");
        assertEquals(NumberValue.of(1), call("WEEKDAY", "2026-11-29"));
    }

    @Test
    void bad_date_arguments_are_refused_with_plain_messages() {
        assertEquals("DATEADD does not know the unit \"fortnight\"; use year, quarter, month, week, day, hour, minute or second",
                assertThrows(BuiltinException.class, () -> call("DATEADD", MEETING, 1, "fortnight")).getMessage());
        assertEquals("DATEADD expects a whole number of units, got 1.5",
                assertThrows(BuiltinException.class, () -> call("DATEADD", MEETING, 1.5, "day")).getMessage());
        assertEquals("DATEDIFF expects a date as argument 1, got \"soon\"",
                assertThrows(BuiltinException.class, () -> call("DATEDIFF", "soon", MEETING, "day")).getMessage());
        assertEquals("YEAR expects a date as argument 1, got \"31/02/2026\"",
                assertThrows(BuiltinException.class, () -> call("YEAR", "31/02/2026")).getMessage());
        assertEquals("DATEADD would give a date beyond the supported range",
                assertThrows(BuiltinException.class, () -> call("DATEADD", MEETING, 999_999_999_999L, "year")).getMessage());
    }
}
