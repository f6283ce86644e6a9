package org.botserver.domain.basic.hear;

import static org.botserver.domain.basic.hear.HearAnswers.assertAccepted;
import static org.botserver.domain.basic.hear.HearAnswers.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HearAsContactTypesTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            '+55 21 98765-4321',    +5521987654321
            '(21) 98765-4321',      +21987654321
            '+1 (555) 123.4567',    +15551234567
            '0055 11 91234 5678',   +5511912345678
            '12345678',             +12345678
            """)
    void hear_as_mobile_keeps_digits_with_a_leading_plus(String answer, String expected) {
        assertAccepted("MOBILE", answer, new TextValue(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "1234567890123456", "call me", "+55 21 9876x-4321", "++5521987654321"})
    void hear_as_mobile_asks_again_for_too_few_or_too_many_digits(String answer) {
        assertEquals("Please enter a phone number with 8 to 15 digits, like +55 21 98765-4321.", rejected("MOBILE", answer));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            90210,          90210
            90210-1234,     90210-1234
            902101234,      90210-1234
            01310-100,      01310-100
            01310100,       01310-100
            '01.310-100',   01310-100
            """)
    void hear_as_zipcode_accepts_us_and_brazilian_codes(String answer, String expected) {
        assertAccepted("ZIPCODE", answer, new TextValue(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9021", "902100", "ABCDE", "01310-10", "90210-12345"})
    void hear_as_zipcode_asks_again_for_other_shapes(String answer) {
        assertEquals("Please enter a ZIP code, like 90210, 90210-1234 or 01310-100.", rejected("ZIPCODE", answer));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(textBlock = """
            https://example.com,               https://example.com
            http://example.com/path?q=1,       http://example.com/path?q=1
            example.com.br/contato,            https://example.com.br/contato
            """)
    void hear_as_url_accepts_web_addresses(String answer, String expected) {
        assertAccepted("URL", answer, new TextValue(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://example.com", "javascript:alert(1)", "https://", "example"})
    void hear_as_url_asks_again_for_anything_but_a_web_address(String answer) {
        assertEquals("Please enter a web address, like https://example.com.", rejected("URL", answer));
    }
}
