package org.botserver.adapter.out.llm.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.botserver.application.script.Script;
import org.botserver.application.script.ScriptForm;
import org.botserver.application.script.ScriptResult;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A failed script is told as one plain line, file:line:column first, the way BASIC compile errors are. */
class FailureMessagesTest {

    private static final GraalJsScriptSandbox SANDBOX = new GraalJsScriptSandbox(SandboxLimits.defaults());

    @AfterAll
    static void close() {
        SANDBOX.close();
    }

    private static String message(ScriptForm form, String source) {
        Map<String, Value> inputs = new LinkedHashMap<>();
        if (form == ScriptForm.FUNCTION_BODY) inputs.put("amount", NumberValue.of(1));
        ScriptResult result = SANDBOX.run(new Script("shop.gbdialog/vat.js", source, form, inputs));
        return assertInstanceOf(ScriptResult.Failed.class, result).message();
    }

    @Test
    void a_syntax_error_is_one_line_with_its_position() {
        assertEquals("shop.gbdialog/vat.js:2:11: SyntaxError: Expected an operand but found ;",
                message(ScriptForm.SCRIPT, "const a = 1;\nconst b = ;"));
    }

    @Test
    void a_position_on_the_first_line_of_a_tool_is_not_shifted_by_its_function_wrapper() {
        assertEquals("shop.gbdialog/vat.js:1:11: SyntaxError: Expected an operand but found ;",
                message(ScriptForm.FUNCTION_BODY, "return ;;+;"));
    }

    @Test
    void a_thrown_error_names_the_line_it_was_thrown_at() {
        assertEquals("shop.gbdialog/vat.js:3:9: Error: no stock",
                message(ScriptForm.FUNCTION_BODY, "/** Adds. */\nif (amount > 0)\n  throw new Error('no stock');"));
    }

    @Test
    void reaching_for_a_java_class_is_a_plain_type_error() {
        assertEquals("shop.gbdialog/vat.js:1:1: TypeError: Access to host class java.lang.System is not allowed or does not exist.",
                message(ScriptForm.SCRIPT, "Java.type('java.lang.System').exit(1)"));
    }

    @Test
    void the_statement_limit_is_named() {
        assertEquals("shop.gbdialog/vat.js: the script ran more than 1,000,000 statements and was stopped.",
                message(ScriptForm.SCRIPT, "for (;;) {}"));
    }
}
