package org.botserver.domain.basic.builtins;

import static org.botserver.domain.basic.builtins.BuiltinCalls.call;
import static org.botserver.domain.basic.builtins.BuiltinCalls.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFunctionsTest {

    @ParameterizedTest(name = "{0}({1}) = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            UCASE   | 'Olá mundo'   | 'OLÁ MUNDO'
            UPPER   | 'abc'         | 'ABC'
            LCASE   | 'ÁRVORE'      | 'árvore'
            LOWER   | 'MiXeD'       | 'mixed'
            TRIM    | '  both  '    | 'both'
            LTRIM   | '  left  '    | 'left  '
            RTRIM   | '  right  '   | '  right'
            STR     | 'x'           | 'x'
            """)
    void one_argument_text_functions_give_known_values(String function, String argument, String expected) {
        assertEquals(expected, text(function, argument));
    }

    @ParameterizedTest(name = "LEN(\"{0}\") = {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            '',             0
            'Hello',        5
            'Olá',          3
            '👍 ok',        4
            """)
    void len_counts_characters_as_users_see_them(String text, int expected) {
        assertEquals(NumberValue.of(expected), call("LEN", text));
    }

    @Test
    void len_of_an_array_is_its_size_and_of_null_zero() {
        assertEquals(NumberValue.of(3), call("LEN", List.of(1, 2, 3)));
        assertEquals(NumberValue.ZERO, call("LEN", (Object) null));
        assertEquals(NumberValue.of(4), call("LEN", 1234));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            MID("Hello World",7,5)   | MID   | 'Hello World' | 7  | 5  | 'World'
            MID from 7 to the end    | MID   | 'Hello World' | 7  |    | 'World'
            MID past the end         | MID   | 'Hello'       | 9  | 2  | ''
            MID length beyond end    | MID   | 'Hello'       | 4  | 99 | 'lo'
            MID of emoji             | MID   | 'a👍b'        | 2  | 1  | '👍'
            LEFT 3                   | LEFT  | 'Hello'       | 3  |    | 'Hel'
            LEFT 0                   | LEFT  | 'Hello'       | 0  |    | ''
            LEFT beyond              | LEFT  | 'Hi'          | 10 |    | 'Hi'
            RIGHT 3                  | RIGHT | 'Hello'       | 3  |    | 'llo'
            RIGHT beyond             | RIGHT | 'Hi'          | 10 |    | 'Hi'
            """)
    void substrings_are_one_based_and_clamped(String label, String function, String text, int first, Integer second,
                                              String expected) {
        Object[] args = second == null ? new Object[] {text, first} : new Object[] {text, first, second};
        assertEquals(new TextValue(expected), call(function, args));
    }

    @ParameterizedTest(name = "INSTR {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            found                     | 'Hello World' | 'o'     | 5
            absent                    | 'Hello World' | 'z'     | 0
            case-sensitive            | 'Hello World' | 'w'     | 0
            word                      | 'Hello World' | 'World' | 7
            empty search              | 'Hello'       | ''      | 1
            """)
    void instr_gives_one_based_position_or_zero(String label, String text, String search, int expected) {
        assertEquals(NumberValue.of(expected), call("INSTR", text, search));
    }

    @Test
    void instr_accepts_a_start_position_last_or_first() {
        assertEquals(NumberValue.of(8), call("INSTR", "Hello World", "o", 6));
        assertEquals(NumberValue.of(8), call("INSTR", 6, "Hello World", "o"));
        assertEquals(NumberValue.ZERO, call("INSTR", "Hello", "o", 50));
    }

    @Test
    void replace_changes_every_occurrence_literally() {
        assertEquals("a-b-c", text("REPLACE", "a.b.c", ".", "-"));
        assertEquals("abc", text("REPLACE", "abc", "", "x"));
        assertEquals("1 2", text("REPLACE", "1 $x", "$x", 2));
    }

    @ParameterizedTest(name = "VAL(\"{0}\") = {1}")
    @CsvSource(quoteCharacter = '\'', textBlock = """
            'abc',      0
            '42',       42
            ' -3.5kg',  -3.5
            '12abc',    12
            '1,234',    1
            '.5',       0.5
            '',         0
            """)
    void val_reads_the_leading_number(String text, BigDecimal expected) {
        assertEquals(new NumberValue(expected), call("VAL", text));
    }

    @Test
    void str_prints_numbers_plainly() {
        assertEquals("4", text("STR", new BigDecimal("4.0")));
        assertEquals("112.5", text("STR", new BigDecimal("112.50")));
    }

    @Test
    void names_are_case_insensitive() {
        assertEquals("ABC", text("ucase", "abc"));
        assertEquals("ABC", text("  Upper ", "abc"));
    }

    @Test
    void wrong_argument_counts_are_refused_with_a_plain_message() {
        assertEquals("MID expects 2 or 3 arguments", assertThrows(BuiltinException.class,
                () -> call("MID", "x")).getMessage());
        assertEquals("LEN expects 1 argument", assertThrows(BuiltinException.class,
                () -> call("LEN")).getMessage());
        assertEquals("MID expects a start position of 1 or more, got 0", assertThrows(BuiltinException.class,
                () -> call("MID", "abc", 0)).getMessage());
        assertEquals("LEFT expects a number as argument 2, got \"x\"", assertThrows(BuiltinException.class,
                () -> call("LEFT", "abc", "x")).getMessage());
    }
}
