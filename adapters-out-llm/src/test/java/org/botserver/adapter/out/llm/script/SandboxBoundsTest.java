package org.botserver.adapter.out.llm.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.botserver.application.script.Script;
import org.botserver.application.script.ScriptFailure;
import org.botserver.application.script.ScriptForm;
import org.botserver.application.script.ScriptResult;
import org.botserver.domain.basic.value.NumberValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What the contract leaves to configuration: the time limit stops work the statement limit does not count, the
 * allocation budget stops huge strings and arrays, results are capped, and console output never reaches the server's.
 */
class SandboxBoundsTest {

    /** Statements hardly limited, so the other bounds are what stops the scripts. */
    private static final GraalJsScriptSandbox SANDBOX = new GraalJsScriptSandbox(
            new SandboxLimits(1_000_000_000L, Duration.ofMillis(500), 64L * 1024 * 1024, 10_000));

    @AfterAll
    static void close() {
        SANDBOX.close();
    }

    private static ScriptResult run(String source) {
        return SANDBOX.run(new Script("bounds.js", source, ScriptForm.SCRIPT, Map.of()));
    }

    private static ScriptFailure failure(String source) {
        return assertInstanceOf(ScriptResult.Failed.class, run(source), source).kind();
    }

    @Test
    void a_loop_of_few_statements_that_runs_long_is_stopped_by_the_time_limit() {
        ScriptResult.Failed failed = assertInstanceOf(ScriptResult.Failed.class,
                run("let n = 0; while (true) { n = (n + 1) % 7; }"));

        assertEquals(ScriptFailure.TIME_LIMIT, failed.kind());
        assertEquals("bounds.js: the script ran longer than 500 ms and was stopped.", failed.message());
    }

    @Test
    void work_inside_one_builtin_call_is_stopped_too() {
        ScriptFailure kind = failure("new Array(2 ** 31).join('x').length");

        assertTrue(kind == ScriptFailure.TIME_LIMIT || kind == ScriptFailure.SIZE_LIMIT || kind == ScriptFailure.THROWN, kind.name());
    }

    @Test
    void a_huge_string_is_stopped_by_the_allocation_budget() {
        assertEquals(ScriptFailure.SIZE_LIMIT, failure("'x'.repeat(2 ** 28).length"));
        assertEquals(ScriptFailure.SIZE_LIMIT, failure("let s = 'xy'; while (true) s = s + s.slice(0, 1000000) + '!';"));
    }

    @Test
    void a_huge_or_growing_array_is_stopped_by_the_allocation_budget() {
        assertEquals(ScriptFailure.SIZE_LIMIT, failure("new Uint8Array(2 ** 28).length"));
        assertEquals(ScriptFailure.SIZE_LIMIT, failure("const a = []; while (true) a.push({ n: a.length, data: new Float64Array(10000) });"));
    }

    @Test
    void a_result_larger_than_the_limit_is_refused() {
        ScriptResult.Failed failed = assertInstanceOf(ScriptResult.Failed.class, run("'x'.repeat(20000)"));

        assertEquals(ScriptFailure.SIZE_LIMIT, failed.kind());
        assertEquals(ScriptFailure.SIZE_LIMIT, failure("new Array(2 ** 31)"));
    }

    @Test
    void print_and_console_output_is_discarded_not_written_to_the_server_log() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            ScriptResult result = run("console.log('LEAK'); console.error('LEAK'); typeof print === 'function' ? print('LEAK') : 0; 7");

            assertEquals(NumberValue.of(7), assertInstanceOf(ScriptResult.Returned.class, result).value());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertTrue(!captured.toString(StandardCharsets.UTF_8).contains("LEAK"), captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_sandbox_serves_the_next_script_after_each_stop() {
        failure("while (true) {}");
        failure("'x'.repeat(2 ** 28)");

        assertEquals(NumberValue.of(3), assertInstanceOf(ScriptResult.Returned.class, run("1 + 2")).value());
    }
}
