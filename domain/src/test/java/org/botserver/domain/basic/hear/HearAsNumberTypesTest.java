package org.botserver.domain.basic.hear;

import static org.botserver.domain.basic.hear.HearAnswers.assertAccepted;
import static org.botserver.domain.basic.hear.HearAnswers.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.botserver.domain.basic.value.NumberValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HearAsNumberTypesTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            42,         42
            ' -7 ',     -7
            '+3',       3
            '1,000',    1000
            '1.000',    1000
            '1 000 000', 1000000
            '2.0',      2
            """)
    void hear_as_integer_accepts_whole_numbers_with_grouping(String answer, BigDecimal expected) {
        assertAccepted("INTEGER", answer, new NumberValue(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "abc", "4 apples", "1,00,0", "--1", "1e3", "."})
    void hear_as_integer_asks_again_for_anything_but_a_whole_number(String answer) {
        assertEquals("Please enter a whole number, like 42.", rejected("INTEGER", answer));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            '3.5',        3.5
            '3,5',        3.5
            '-0.25',      -0.25
            '.5',         0.5
            '1,234.56',   1234.56
            '1.234,56',   1234.56
            '1,234',      1234
            '1.234',      1.234
            '1.234.567',  1234567
            """)
    void hear_as_number_reads_english_and_brazilian_separators(String answer, BigDecimal expected) {
        assertAccepted("NUMBER", answer, new NumberValue(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"three", "1.2.3", "1,2,3", "12abc", "1..2", "$5"})
    void hear_as_number_asks_again_for_text(String answer) {
        assertEquals("Please enter a number, like 42 or 3.5.", rejected("NUMBER", answer));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            '1,234.56',     1234.56
            'R$ 10,50',     10.50
            'R$10',         10
            '$10',          10
            '10 USD',       10
            '€ 1.234,5',    1234.5
            '1.234',        1234
            '-$5.25',       -5.25
            '0,99',         0.99
            """)
    void hear_as_money_normalises_amounts_to_numbers(String answer, BigDecimal expected) {
        assertAccepted("MONEY", answer, new NumberValue(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten reais", "R$", "1.2345", "12,345,67", "R$ 10,50 reais"})
    void hear_as_money_asks_again_for_anything_but_an_amount(String answer) {
        assertEquals("Please enter an amount of money, like 1,234.56 or R$ 10,50.", rejected("MONEY", answer));
    }
}
