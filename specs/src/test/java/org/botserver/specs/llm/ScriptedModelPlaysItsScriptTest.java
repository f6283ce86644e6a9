package org.botserver.specs.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The script's moves come in order; after a tool it echoes the result; what came back from each call is kept once. */
class ScriptedModelPlaysItsScriptTest {

    private final ModelScript script = new ModelScript();

    @Test
    void scripted_answers_come_in_order_and_an_unscripted_question_says_what_is_missing() {
        script.answer("First.");
        script.answer("Second.");

        assertEquals(new ModelMove.Answer("First."), script.next(asked("a"), List.of(), false));
        assertEquals(new ModelMove.Answer("Second."), script.next(asked("b"), List.of(), false));
        assertEquals(new ModelMove.Answer("(The scripted LLM has no answer left for \"c\": add Given the LLM answers \"…\""
                + " to the scenario.)"), script.next(asked("c"), List.of(), false));
    }

    @Test
    void a_tool_call_gets_an_id_and_json_arguments_typed_by_how_the_values_read() {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("subject", "Printer");
        arguments.put("priority", "1");
        arguments.put("urgent", "true");
        arguments.put("code", "\"007\"");
        script.callTool("create-ticket", arguments);

        ModelMove move = script.next(asked("help"), List.of(), false);

        assertEquals(new ModelMove.CallTool("call_1", "create-ticket",
                "{\"subject\":\"Printer\",\"priority\":1,\"urgent\":true,\"code\":\"007\"}"), move);
    }

    @Test
    void after_the_tool_the_next_scripted_answer_comes_else_the_result_is_echoed() {
        script.callTool("lookup", Map.of("id", "1"));
        script.answer("Found it.");
        script.callTool("lookup", Map.of("id", "2"));
        script.next(asked("one"), List.of(), false);

        assertEquals(new ModelMove.Answer("Found it."),
                script.next(asked("one"), List.of(new ToolResultSeen("call_1", "Order 1", false)), true));
        script.next(asked("two"), List.of(new ToolResultSeen("call_1", "Order 1", false)), false);
        assertEquals(new ModelMove.Answer("Order 2"), script.next(asked("two"),
                List.of(new ToolResultSeen("call_1", "Order 1", false), new ToolResultSeen("call_2", "Order 2", false)), true));
    }

    @Test
    void each_call_is_recorded_once_with_its_result_or_its_error() {
        assertFalse(script.isScripted());
        script.callTool("lookup", Map.of("id", "x"));
        assertTrue(script.isScripted());
        script.next(asked("q"), List.of(), false);

        List<ToolResultSeen> results = List.of(new ToolResultSeen("call_1", "id must be an integer", true));
        script.next(asked("q"), results, true);
        script.next(asked("again"), results, false);

        assertEquals(List.of(new ToolRun("lookup", Map.of("id", "x"), "id must be an integer", true)), script.runs());
    }

    private static ModelRequestSeen asked(String userText) {
        return new ModelRequestSeen("", userText, List.of());
    }
}
