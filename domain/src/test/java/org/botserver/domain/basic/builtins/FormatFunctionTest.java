package org.botserver.domain.basic.builtins;

import static org.botserver.domain.basic.builtins.BuiltinCalls.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatFunctionTest {

    private static final LocalDateTime MEETING = LocalDateTime.of(2026, 11, 25, 14, 5, 9);

    @ParameterizedTest(name = "FORMAT({0}, \"{1}\") = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            1234.5     | #,##0.00        | 1,234.50
            1234567.891| #,##0.00        | 1,234,567.89
            0.5        | #,##0.00        | 0.50
            -1234.5    | #,##0.00        | -1,234.50
            2.675      | 0.00            | 2.68
            3.14159    | 0.0             | 3.1
            7          | 000             | 007
            0.256      | 0%              | 26%
            0.5        | 0.0%            | 50.0%
            1234.5     | 'R$ #,##0.00'   | 'R$ 1,234.50'
            1234.5     | #.##0,00        | 1.234,50
            1234.5     | 'R$ #.##0,00'   | 'R$ 1.234,50'
            10.5       | 0,00            | 10,50
            1234.5     | #               | 1235
            1E+30      | #,##0           | 1,000,000,000,000,000,000,000,000,000,000
            """)
    void format_prints_numbers_with_patterns(BigDecimal number, String pattern, String expected) {
        assertEquals(expected, text("FORMAT", number, pattern));
    }

    @ParameterizedTest(name = "FORMAT(2026-11-25 14:05:09, \"{0}\") = \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            YYYYMMDD              | 20261125
            DD/MM/YYYY HH:mm      | 25/11/2026 14:05
            DD/MM/YYYY HH:MM      | 25/11/2026 14:05
            yyyy-MM-dd            | 2026-11-25
            yyyy-mm-dd            | 2026-11-25
            dd/mm/yy              | 25/11/26
            HH:mm:ss              | 14:05:09
            mm:ss                 | 05:09
            d/M/yyyy              | 25/11/2026
            hh:mm AM/PM           | 02:05 PM
            h:mm tt               | 2:05 PM
            h:mm am/pm            | 2:05 pm
            hh:mm                 | 14:05
            dddd, d MMMM yyyy     | 'Wednesday, 25 November 2026'
            ddd d MMM             | Wed 25 Nov
            yyyy-MM-ddTHH:mm      | 2026-11-25T14:05
            '"Day" dd'            | Day 25
            """)
    void format_prints_dates_with_patterns(String pattern, String expected) {
        assertEquals(expected, text("FORMAT", MEETING, pattern));
    }

    @Test
    void format_names_months_and_days_in_the_given_language() {
        assertEquals("quarta-feira, 25 de novembro", text("FORMAT", MEETING, "dddd, d 'de' MMMM", "pt-BR"));
    }

    @Test
    void format_reads_numeric_and_date_text() {
        assertEquals("1,234.50", text("FORMAT", "1234.5", "#,##0.00"));
        assertEquals("25/11/2026", text("FORMAT", "2026-11-25", "DD/MM/YYYY"));
    }

    @Test
    void format_without_a_pattern_or_of_null_prints_plainly() {
        assertEquals("1234.5", text("FORMAT", new BigDecimal("1234.50")));
        assertEquals("", text("FORMAT", null, "0.00"));
    }

    @Test
    void format_refuses_what_it_cannot_print() {
        assertEquals("FORMAT does not understand the number pattern \"DD/MM\"; use digits like #,##0.00, 0.0 or 0%",
                assertThrows(BuiltinException.class, () -> text("FORMAT", 5, "DD/MM")).getMessage());
        assertEquals("FORMAT expects a number or a date to format, got \"soon\"",
                assertThrows(BuiltinException.class, () -> text("FORMAT", "soon", "0.00")).getMessage());
        assertEquals("FORMAT expects a number or a date to format, got an array",
                assertThrows(BuiltinException.class, () -> text("FORMAT", List.of(1), "0.00")).getMessage());
    }
}
