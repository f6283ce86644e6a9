package org.botserver.domain.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PARAM and DESCRIPTION compile into a tool definition with a JSON Schema; other declarations are kept too. */
class ToolDefinitionTest {

    private static Program compile(String name, String text) {
        return assertInstanceOf(CompileResult.Compiled.class, BasicCompiler.compile(new SourceFile(name, text))).program();
    }

    @Test
    void params_become_a_json_schema_named_after_the_file_stem() {
        Program program = compile("shop.gbdialog/create-order.bas", """
                PARAM product AS STRING LIKE "Laptop" DESCRIPTION "What to \\"order\\""
                PARAM quantity AS INTEGER DESCRIPTION "How many"
                PARAM size AS STRING ENUM ["S", "M", "L"] OPTIONAL
                PARAM email AS EMAIL
                PARAM day AS DATE OPTIONAL
                DESCRIPTION "Places an order"
                TALK "ok"
                """);
        ToolDefinition tool = program.tool().orElseThrow();
        assertEquals("create-order", tool.name());
        assertEquals("Places an order", tool.description());
        assertEquals("{\"type\":\"object\",\"properties\":{"
                + "\"product\":{\"type\":\"string\",\"description\":\"What to \\\"order\\\"\",\"examples\":[\"Laptop\"]},"
                + "\"quantity\":{\"type\":\"integer\",\"description\":\"How many\"},"
                + "\"size\":{\"type\":\"string\",\"enum\":[\"S\",\"M\",\"L\"]},"
                + "\"email\":{\"type\":\"string\",\"format\":\"email\"},"
                + "\"day\":{\"type\":\"string\",\"format\":\"date\"}},"
                + "\"required\":[\"product\",\"quantity\",\"email\"]}", tool.jsonSchema());
        assertTrue(tool.functionJson().startsWith("{\"name\":\"create-order\",\"description\":\"Places an order\""));
    }

    @Test
    void a_dialog_without_params_or_description_is_not_a_tool() {
        assertTrue(compile("start.bas", "TALK \"hi\"\n").tool().isEmpty());
    }

    @Test
    void system_prompt_and_schedules_are_read_at_compile_time() {
        Program program = compile("start.bas", """
                BEGIN SYSTEM PROMPT
                  You help customers of ${company}.
                  Be brief.
                END SYSTEM PROMPT
                SET SCHEDULE "0 9 * * 1"
                """);
        assertEquals("You help customers of ${company}.\nBe brief.", program.systemPrompt().orElseThrow());
        assertEquals(List.of("0 9 * * 1"), program.schedules());
        assertEquals("start", program.name());
    }

    @Test
    void declarations_that_cannot_be_read_at_compile_time_are_errors() {
        CompileResult result = BasicCompiler.compile(new SourceFile("t.bas", """
                PARAM a AS STRING
                PARAM a AS INTEGER
                PARAM b AS COLOUR
                s = "x"
                SET SCHEDULE s
                """));
        List<String> messages = assertInstanceOf(CompileResult.Failed.class, result).diagnostics().stream()
                .map(Diagnostic::message).toList();
        assertEquals(List.of("PARAM a is declared twice.", "Unknown PARAM type COLOUR.",
                "SET SCHEDULE needs one text literal such as \"0 9 * * 1\"."), messages);
    }
}
