package org.botserver.domain.basic.hear;

import static org.botserver.domain.basic.hear.HearAnswers.assertAccepted;
import static org.botserver.domain.basic.hear.HearAnswers.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HearAsTextTypesTest {

    @Test
    void hear_as_string_accepts_any_text_without_surrounding_blanks() {
        assertAccepted("STRING", "  anything at all ", new TextValue("anything at all"));
        assertAccepted("text", "42", new TextValue("42"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void hear_as_string_asks_again_after_an_empty_answer(String answer) {
        assertEquals("Please type your answer; it cannot be empty.", rejected("STRING", answer));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            yes,    TRUE
            Y,      TRUE
            true,   TRUE
            Sim,    TRUE
            s,      TRUE
            'Yes!', TRUE
            ok,     TRUE
            no,     FALSE
            N,      FALSE
            false,  FALSE
            não,    FALSE
            NAO,    FALSE
            'no.',  FALSE
            """)
    void hear_as_boolean_understands_yes_and_no_in_english_and_portuguese(String answer, BoolValue expected) {
        assertAccepted("BOOLEAN", answer, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "talvez", "yes no", "2"})
    void hear_as_boolean_asks_again_for_anything_else(String answer) {
        assertEquals("Please answer yes or no.", rejected("BOOLEAN", answer));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(textBlock = """
            name@example.com,              name@example.com
            ' Ana.Silva+bot@Mail.Example.COM ', Ana.Silva+bot@mail.example.com
            mailto:x@y.io,                 x@y.io
            o'brien@example.ie,            o'brien@example.ie
            """)
    void hear_as_email_accepts_addresses_and_lower_cases_the_domain(String answer, String expected) {
        assertAccepted("EMAIL", answer, new TextValue(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "name@", "@example.com", "name@example", "a b@example.com", "name@@example.com",
            ".name@example.com", "na..me@example.com", "name@-example.com", "name@example.c"})
    void hear_as_email_asks_again_after_invalid_input(String answer) {
        assertEquals("Please enter a valid e-mail address, like name@example.com.", rejected("EMAIL", answer));
    }

    @Test
    void types_are_known_case_insensitively_with_aliases() {
        assertTrue(HearTypes.isKnown("email"));
        assertTrue(HearTypes.isKnown("Integer"));
        assertTrue(HearTypes.isKnown("TEXT"));
        assertFalse(HearTypes.isKnown("QRCODE"));
        assertFalse(HearTypes.isKnown(null));
        assertThrows(IllegalArgumentException.class, () -> HearTypes.check("QRCODE", "x"));
    }
}
