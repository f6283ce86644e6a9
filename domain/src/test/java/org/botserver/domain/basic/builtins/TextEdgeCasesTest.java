package org.botserver.domain.basic.builtins;

import static org.botserver.domain.basic.builtins.BuiltinCalls.call;
import static org.botserver.domain.basic.builtins.BuiltinCalls.limited;
import static org.botserver.domain.basic.builtins.BuiltinCalls.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.botserver.domain.basic.value.NumberValue;
import org.junit.jupiter.api.Test;

class TextEdgeCasesTest {

    @Test
    void text_functions_read_null_as_empty_text() {
        assertEquals("", text("UCASE", (Object) null));
        assertEquals("", text("LEFT", null, 3));
        assertEquals("", text("MID", null, 1, 2));
        assertEquals(NumberValue.ZERO, call("INSTR", null, "x"));
        assertEquals(NumberValue.ZERO, call("VAL", (Object) null));
    }

    @Test
    void text_functions_read_numbers_and_dates_as_they_print() {
        assertEquals("3", text("LEFT", new BigDecimal("3.50"), 1));
        assertEquals(NumberValue.of(2), call("INSTR", 1234, 2));
        assertEquals("2026", text("LEFT", LocalDateTime.of(2026, 11, 25, 0, 0), 4));
    }

    @Test
    void upper_case_may_lengthen_text_and_still_respects_the_limit() {
        assertEquals("STRASSE", text("UCASE", "straße"));
        assertEquals("UCASE would make a text of 4 characters, over the limit of 3",
                assertThrows(BuiltinException.class, () -> call(limited(3, 10), "UCASE", "ßß")).getMessage());
    }

    @Test
    void counts_beyond_the_text_or_the_int_range_are_clamped() {
        assertEquals("abc", text("MID", "abc", 1, new BigDecimal("1E+20")));
        assertEquals("abc", text("LEFT", "abc", Long.MAX_VALUE));
        assertEquals("", text("MID", "abc", new BigDecimal("1E+20")));
        assertEquals("b", text("MID", "abc", new BigDecimal("2.9"), 1), "positions are truncated to whole numbers");
    }

    @Test
    void negative_counts_are_refused() {
        assertEquals("LEFT expects a count of 0 or more, got -1",
                assertThrows(BuiltinException.class, () -> call("LEFT", "abc", -1)).getMessage());
        assertEquals("MID expects a count of 0 or more, got -2",
                assertThrows(BuiltinException.class, () -> call("MID", "abc", 1, -2)).getMessage());
        assertEquals("INSTR expects a start position of 1 or more, got 0",
                assertThrows(BuiltinException.class, () -> call("INSTR", "abc", "a", 0)).getMessage());
    }

    @Test
    void replace_does_not_rescan_its_own_output() {
        assertEquals("ba", text("REPLACE", "aaa", "aa", "b"));
        assertEquals("xaxa", text("REPLACE", "aa", "a", "xa"));
    }

    @Test
    void instr_and_mid_agree_on_positions_after_an_emoji() {
        BigDecimal at = ((NumberValue) call("INSTR", "👍 World", "World")).value();
        assertEquals(new BigDecimal(3), at);
        assertEquals("World", text("MID", "👍 World", at, 5));
    }

    @Test
    void concat_joins_any_values_as_they_print() {
        assertEquals("a1TRUE", text("CONCAT", "a", 1, true));
        assertEquals("", text("CONCAT"));
    }

    @Test
    void trim_removes_unicode_blanks_too() {
        assertEquals("x", text("TRIM", "\u2003x\u3000"));
    }
}
