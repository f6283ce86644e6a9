package org.botserver.application.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ScriptSandbox} must do: the two forms, BASIC values in and out, failures as plain sentences
 * of the right kind, and nothing of the host reachable from the script.
 */
public abstract class ScriptSandboxContract {

    /** A sandbox with a statement limit of at most a few million, fresh or shared. */
    protected abstract ScriptSandbox sandbox();

    protected Value returned(String source, Map<String, Value> inputs) {
        ScriptResult result = sandbox().run(new Script("t.js", source, ScriptForm.SCRIPT, inputs));
        return assertInstanceOf(ScriptResult.Returned.class, result, result.toString()).value();
    }

    protected ScriptResult.Failed failed(ScriptForm form, String source) {
        ScriptResult result = sandbox().run(new Script("shop.gbdialog/t.js", source, form, Map.of()));
        return assertInstanceOf(ScriptResult.Failed.class, result, result.toString());
    }

    private static ObjectValue object(Object... namesAndValues) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) fields.put((String) namesAndValues[i], (Value) namesAndValues[i + 1]);
        return new ObjectValue(fields);
    }

    @Test
    void a_script_gives_its_last_expression_with_its_inputs_as_globals() {
        assertEquals(NumberValue.of(42), returned("const twice = args[0] * 2;\ntwice", Map.of("args", ArrayValue.of(List.of(NumberValue.of(21))))));
    }

    @Test
    void a_function_body_receives_its_inputs_as_parameters_in_order_and_returns() {
        Map<String, Value> inputs = new LinkedHashMap<>();
        inputs.put("amount", NumberValue.of(100));
        inputs.put("country", new TextValue("PT"));
        ScriptResult result = sandbox().run(new Script("vat.js", "/** header */\nconst rate = country === 'PT' ? 0.25 : 0.2;\n"
                + "return amount * (1 + rate);", ScriptForm.FUNCTION_BODY, inputs));

        assertEquals(NumberValue.of(125), assertInstanceOf(ScriptResult.Returned.class, result).value());
    }

    @Test
    void basic_values_go_in_and_come_back_as_they_were() {
        ObjectValue order = object("id", new TextValue("A-1"), "total", new NumberValue(new java.math.BigDecimal("12.5")),
                "paid", BoolValue.TRUE, "note", NullValue.NULL,
                "lines", ArrayValue.of(List.of(object("sku", new TextValue("x"), "qty", NumberValue.of(2)))));

        assertEquals(order, returned("order", Map.of("order", order)));
    }

    @Test
    void undefined_is_null_and_whole_doubles_are_whole_numbers() {
        assertEquals(NullValue.NULL, returned("undefined", Map.of()));
        assertEquals(NumberValue.of(3), returned("1.5 * 2", Map.of()));
        assertEquals(new NumberValue(new java.math.BigDecimal("0.1")), returned("0.1", Map.of()));
        assertEquals(new TextValue("héllo ✓"), returned("'héllo ' + '\\u2713'", Map.of()));
    }

    @Test
    void a_syntax_error_names_the_file_line_and_column() {
        ScriptResult.Failed failed = failed(ScriptForm.SCRIPT, "const a = 1;\nconst b = ;");

        assertEquals(ScriptFailure.SYNTAX, failed.kind());
        assertTrue(failed.message().startsWith("shop.gbdialog/t.js:2:"), failed.message());
    }

    @Test
    void a_syntax_error_in_a_tool_body_names_the_line_of_the_file() {
        ScriptResult.Failed failed = failed(ScriptForm.FUNCTION_BODY, "/** Adds. */\nreturn 1 +;");

        assertEquals(ScriptFailure.SYNTAX, failed.kind());
        assertTrue(failed.message().startsWith("shop.gbdialog/t.js:2:"), failed.message());
    }

    @Test
    void a_thrown_error_is_reported_with_its_message_and_line() {
        ScriptResult.Failed failed = failed(ScriptForm.SCRIPT, "\nthrow new Error('no stock for A-1');");

        assertEquals(ScriptFailure.THROWN, failed.kind());
        assertTrue(failed.message().contains("no stock for A-1") && failed.message().contains("t.js:2"), failed.message());
    }

    @Test
    void an_endless_loop_is_stopped_by_the_statement_limit() {
        assertEquals(ScriptFailure.STATEMENT_LIMIT, failed(ScriptForm.SCRIPT, "while (true) {}").kind());
        assertEquals(NumberValue.of(2), returned("1 + 1", Map.of()), "the sandbox still serves");
    }

    @Test
    void results_that_are_not_basic_values_are_refused_plainly() {
        for (String source : List.of("(function () {})", "Symbol('s')", "new Map()", "Promise.resolve(1)", "0 / 0",
                "const a = []; a.push(a); a")) {
            ScriptResult.Failed failed = failed(ScriptForm.SCRIPT, source);
            assertEquals(ScriptFailure.UNCONVERTIBLE_RESULT, failed.kind(), source + ": " + failed.message());
        }
    }

    @Test
    void nothing_of_the_host_is_reachable() {
        for (String source : List.of("Java.type('java.lang.System').exit(1)", "Packages.java.lang.System.exit(1)",
                "java.lang.System.getenv()", "load('/etc/passwd')", "require('fs')", "Polyglot.eval('js', '1')",
                "process.env", "fetch('http://127.0.0.1/')", "new XMLHttpRequest()", "quit()", "readFile('/etc/passwd')",
                "import('fs')", "new Worker('x.js')", "Graal.versionJS.constructor('return this')().Java.type('java.io.File')")) {
            failed(ScriptForm.SCRIPT, source);
        }
        assertEquals(NumberValue.of(2), returned("1 + 1", Map.of()), "the sandbox still serves");
    }
}
