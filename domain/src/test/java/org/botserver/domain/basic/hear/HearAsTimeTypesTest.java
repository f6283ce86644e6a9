package org.botserver.domain.basic.hear;

import static org.botserver.domain.basic.hear.HearAnswers.assertAccepted;
import static org.botserver.domain.basic.hear.HearAnswers.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The clock says Wednesday 2026-11-25. */
class HearAsTimeTypesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            25/11/2026,             2026-11-25
            5/1/2027,               2027-01-05
            25-11-2026,             2026-11-25
            25.11.2026,             2026-11-25
            2026-11-25,             2026-11-25
            2026/1/5,               2026-01-05
            25/11/26,               2026-11-25
            15/06/85,               1985-06-15
            25/12,                  2026-12-25
            12/25/2026,             2026-12-25
            29/02/2028,             2028-02-29
            today,                  2026-11-25
            Hoje,                   2026-11-25
            tomorrow,               2026-11-26
            amanhã,                 2026-11-26
            AMANHA,                 2026-11-26
            yesterday,              2026-11-24
            ontem,                  2026-11-24
            depois de amanhã,       2026-11-27
            '25 de novembro de 2026', 2026-11-25
            '3 de março',           2026-03-03
            'Nov 25, 2026',         2026-11-25
            '25 December 2026',     2026-12-25
            '1 jan',                2026-01-01
            """)
    void hear_as_date_reads_numeric_named_and_relative_dates(String answer, LocalDate expected) {
        assertAccepted("DATE", answer, new DateValue(expected.atStartOfDay()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "29/02/2026", "13/13/2026", "someday", "2026-13-01", "25 smarch 2026",
            "32/01/2026", "2026"})
    void hear_as_date_asks_again_for_impossible_or_unreadable_dates(String answer) {
        assertEquals("Please enter a date, like 25/11/2026, 2026-11-25 or today.", rejected("DATE", answer));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            14:30,      14:30
            9:05,       09:05
            '  07:00 ', 07:00
            14h30,      14:30
            14h,        14:00
            9hs,        09:00
            14.30,      14:30
            2pm,        14:00
            2 PM,       14:00
            '2:30 p.m.', 14:30
            11am,       11:00
            12am,       00:00
            12pm,       12:00
            noon,       12:00
            meio-dia,   12:00
            meia-noite, 00:00
            18,         18:00
            0:00,       00:00
            """)
    void hear_as_hour_normalises_times_to_hours_and_minutes(String answer, String expected) {
        assertAccepted("HOUR", answer, new TextValue(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "14:60", "13pm", "0am", "later", "14:3", "1430", "-1"})
    void hear_as_hour_asks_again_for_impossible_times(String answer) {
        assertEquals("Please enter a time, like 14:30 or 2pm.", rejected("HOUR", answer));
    }
}
