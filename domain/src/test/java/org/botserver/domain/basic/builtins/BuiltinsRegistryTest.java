package org.botserver.domain.basic.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.basic.value.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltinsRegistryTest {

    /** The built-ins the language issue lists, each of which a script must be able to call. */
    static List<String> issueBuiltins() {
        return List.of("LEN", "UCASE", "UPPER", "LCASE", "LOWER", "TRIM", "LTRIM", "RTRIM", "LEFT", "RIGHT", "MID",
                "INSTR", "REPLACE", "SPLIT", "JOIN", "STR", "VAL", "INT", "ROUND", "FLOOR", "CEIL", "ABS", "SQRT", "MIN",
                "MAX", "RANDOM", "NOW", "TODAY", "DATEADD", "DATEDIFF", "FORMAT", "FIRST", "LAST", "UBOUND", "CONTAINS",
                "ISNULL", "ISEMPTY", "UUID", "TOJSON", "TOYAML", "JSON PARSE");
    }

    @ParameterizedTest
    @MethodSource("issueBuiltins")
    void every_builtin_of_the_language_issue_is_registered(String name) {
        assertTrue(Builtins.find(name).isPresent(), name);
        assertTrue(Builtins.find(name.toLowerCase()).isPresent(), name);
    }

    @Test
    void unknown_names_are_not_found() {
        assertFalse(Builtins.find("NOSUCH").isPresent());
        assertFalse(Builtins.find("JSONPARSE X").isPresent());
        assertFalse(Builtins.find(null).isPresent());
        assertFalse(Builtins.find("").isPresent());
    }

    @Test
    void names_lists_every_function_once_in_order() {
        List<String> names = List.copyOf(Builtins.names());
        assertTrue(names.containsAll(issueBuiltins()));
        assertEquals(names.stream().sorted().toList(), names);
    }

    /**
     * Calls every built-in with every pair of awkward arguments and a seeded sample of longer lists: each call
     * gives a value or a BuiltinException with a message, never another exception that would crash a dialog.
     */
    @Test
    void no_arguments_make_a_builtin_fail_with_anything_but_a_plain_error() {
        List<Value> samples = samples();
        Random random = new Random(20261125);
        BuiltinContext context = BuiltinCalls.limited(10_000, 1_000);
        for (String name : Builtins.names()) {
            BuiltinFunction function = Builtins.find(name).orElseThrow();
            List<List<Value>> argumentLists = new ArrayList<>();
            argumentLists.add(List.of());
            for (Value a : samples) {
                argumentLists.add(List.of(a));
                for (Value b : samples) argumentLists.add(List.of(a, b));
            }
            for (int i = 0; i < 400; i++) {
                List<Value> args = new ArrayList<>();
                for (int n = 3 + random.nextInt(2); n > 0; n--) args.add(samples.get(random.nextInt(samples.size())));
                argumentLists.add(args);
            }
            for (List<Value> args : argumentLists) {
                try {
                    assertNotNull(function.call(args, context), name);
                } catch (BuiltinException e) {
                    assertTrue(e.getMessage().startsWith(name + " "), e.getMessage());
                } catch (RuntimeException e) {
                    fail(name + args + " threw " + e);
                }
            }
        }
    }

    private static List<Value> samples() {
        return List.of(NullValue.NULL, Values.of(true), Values.of(0), Values.of(-1), Values.of(new BigDecimal("2.5")),
                Values.of(new BigDecimal("1E+30")), Values.of(new BigDecimal("-1E-30")), Values.of(Integer.MAX_VALUE),
                Values.of(""), Values.of(" abc "), Values.of("2026-11-25"), Values.of("#,##0.00"), Values.of("DD/MM/YYYY"),
                Values.of("day"), Values.of("[1, {\"a\": 2}]"), Values.of("👍 x"), Values.of(List.of(1, "x")),
                Values.of(List.of()), Values.of(Map.of("a", 1)), Values.of(LocalDateTime.of(2026, 11, 25, 14, 5)));
    }
}
