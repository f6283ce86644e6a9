package org.botserver.domain.basic.builtins;

import static org.botserver.domain.basic.builtins.BuiltinCalls.call;
import static org.botserver.domain.basic.builtins.BuiltinCalls.limited;
import static org.botserver.domain.basic.builtins.BuiltinCalls.seeded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.basic.value.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectionFunctionsTest {

    @Test
    void split_keeps_empty_pieces_between_separators() {
        assertEquals(Values.of(List.of("a", "", "b")), call("SPLIT", "a,,b", ","));
        assertEquals(Values.of(List.of("2026", "11", "25")), call("SPLIT", "2026-11-25", "-"));
        assertEquals(Values.of(List.of("one", "two")), call("SPLIT", "one and two", " and "));
        assertEquals(Values.of(List.of()), call("SPLIT", "", ","));
        assertEquals(Values.of(List.of("a", "👍", "b")), call("SPLIT", "a👍b", ""));
    }

    @Test
    void split_without_a_separator_gives_the_words() {
        assertEquals(Values.of(List.of("Hello", "big", "World")), call("SPLIT", "  Hello big\tWorld "));
        assertEquals(Values.of(List.of()), call("SPLIT", "   "));
    }

    @Test
    void join_puts_a_separator_between_elements() {
        assertEquals(new TextValue("a-b-c"), call("JOIN", List.of("a", "b", "c"), "-"));
        assertEquals(new TextValue("1, 2.5, x"), call("JOIN", List.of(1, new BigDecimal("2.50"), "x")));
        assertEquals(TextValue.EMPTY, call("JOIN", List.of(), "-"));
        assertEquals(TextValue.EMPTY, call("JOIN", (Object) null));
    }

    @Test
    void first_and_last_give_array_elements_or_words() {
        assertEquals(NumberValue.of(1), call("FIRST", List.of(1, 2, 3)));
        assertEquals(NumberValue.of(3), call("LAST", List.of(1, 2, 3)));
        assertEquals(NullValue.NULL, call("FIRST", List.of()));
        assertEquals(new TextValue("Maria"), call("FIRST", "  Maria da Silva "));
        assertEquals(new TextValue("Silva"), call("LAST", "Maria da Silva"));
        assertEquals(TextValue.EMPTY, call("LAST", ""));
    }

    @ParameterizedTest(name = "UBOUND of {0} elements is {1}")
    @CsvSource(textBlock = """
            3, 2
            1, 0
            0, -1
            """)
    void ubound_is_the_last_index(int size, int expected) {
        assertEquals(NumberValue.of(expected), call("UBOUND", java.util.Collections.nCopies(size, 7)));
    }

    @Test
    void ubound_of_an_unassigned_variable_is_minus_one() {
        assertEquals(NumberValue.of(-1), call("UBOUND", (Object) null));
    }

    @Test
    void contains_finds_substrings_ignoring_case_elements_and_fields() {
        assertEquals(BoolValue.TRUE, call("CONTAINS", "Hello World", "WORLD"));
        assertEquals(BoolValue.FALSE, call("CONTAINS", "Hello World", "planet"));
        assertEquals(BoolValue.TRUE, call("CONTAINS", List.of("red", "green"), "Green"));
        assertEquals(BoolValue.TRUE, call("CONTAINS", List.of(1, 2, 3), new BigDecimal("2.0")));
        assertEquals(BoolValue.TRUE, call("CONTAINS", List.of(1, 2, 3), "2"));
        assertEquals(BoolValue.FALSE, call("CONTAINS", List.of(1, 2, 3), 4));
        assertEquals(BoolValue.FALSE, call("CONTAINS", List.of("", "x"), 0));
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("Name", "Ana");
        assertEquals(BoolValue.TRUE, call("CONTAINS", person, "name"));
        assertEquals(BoolValue.FALSE, call("CONTAINS", null, "x"));
    }

    @Test
    void isnull_and_isempty_tell_missing_from_blank() {
        assertEquals(BoolValue.TRUE, call("ISNULL", (Object) null));
        assertEquals(BoolValue.FALSE, call("ISNULL", ""));
        assertEquals(BoolValue.TRUE, call("ISEMPTY", (Object) null));
        assertEquals(BoolValue.TRUE, call("ISEMPTY", "  "));
        assertEquals(BoolValue.TRUE, call("ISEMPTY", List.of()));
        assertEquals(BoolValue.TRUE, call("ISEMPTY", Map.of()));
        assertEquals(BoolValue.FALSE, call("ISEMPTY", 0));
        assertEquals(BoolValue.FALSE, call("ISEMPTY", "x"));
    }

    @Test
    void uuid_is_a_random_version_4_uuid_repeatable_with_a_seed() {
        Value first = call(seeded(1), "UUID");
        assertTrue(first.asText().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
                first.asText());
        assertEquals(first, call(seeded(1), "UUID"));
        BuiltinContext context = seeded(2);
        assertNotEquals(call(context, "UUID"), call(context, "UUID"));
    }

    @Test
    void results_over_the_size_limits_are_refused() {
        assertEquals("SPLIT would make an array of more than 3 elements, over the limit",
                assertThrows(BuiltinException.class, () -> call(limited(100, 3), "SPLIT", "a,b,c,d", ",")).getMessage());
        assertEquals("JOIN would make a text of 11 characters, over the limit of 10",
                assertThrows(BuiltinException.class,
                        () -> call(limited(10, 100), "JOIN", List.of("aaaaa", "bbbbb"), "-")).getMessage());
        assertEquals("REPLACE would make a text of 12 characters, over the limit of 10",
                assertThrows(BuiltinException.class, () -> call(limited(10, 100), "REPLACE", "aaaa", "a", "bbb")).getMessage());
    }

    @Test
    void collection_functions_refuse_the_wrong_kind_of_value() {
        assertEquals("UBOUND expects an array, got \"abc\"",
                assertThrows(BuiltinException.class, () -> call("UBOUND", "abc")).getMessage());
        assertEquals("JOIN expects an array, got 5",
                assertThrows(BuiltinException.class, () -> call("JOIN", 5)).getMessage());
        assertEquals("FIRST expects an array or a text, got 5",
                assertThrows(BuiltinException.class, () -> call("FIRST", 5)).getMessage());
    }
}
