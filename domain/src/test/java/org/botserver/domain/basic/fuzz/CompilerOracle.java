package org.botserver.domain.basic.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.Diagnostic;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.runtime.ExecutionState;
import org.botserver.domain.basic.runtime.Interpreter;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.runtime.Outcome;
import org.botserver.domain.basic.runtime.RuntimeError;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/**
 * What must hold for any text fed to the compiler: it yields a {@link CompileResult} whose diagnostics
 * are well formed, and a program that compiles runs under tight limits to outcomes, never exceptions.
 */
final class CompilerOracle {

    static final String FILE = "fuzz.bas";

    /** Tight enough that a hostile program ends within milliseconds. */
    static final Limits TIGHT = new Limits(10_000, 10_000, 20, 64 * 1024, 10_000, Duration.ofMillis(10));

    /** A generous bound per input: the slowest seed takes well under a second. */
    static final Duration PER_INPUT = Duration.ofSeconds(10);

    /** Turns of the conversation played with a program that compiled. */
    static final int TURNS = 20;

    private static final TextValue USER_SAYS = new TextValue("x");

    private CompilerOracle() {
    }

    static void check(String text) {
        check(text, PER_INPUT);
    }

    static void check(String text, Duration limit) {
        try {
            Deadline.within(limit, () -> compileAndPlay(text));
        } catch (RuntimeException | Error failure) {
            // The fuzzer saves the raw bytes; the log shows the program text they made.
            System.err.println("Failing " + InputPreview.of(text));
            throw failure;
        }
    }

    private static void compileAndPlay(String text) {
        CompileResult result = BasicCompiler.compile(new SourceFile(FILE, text));
        assertNotNull(result, "compile returned null");
        switch (result) {
            case CompileResult.Failed failed -> checkDiagnostics(failed);
            case CompileResult.Compiled compiled -> play(compiled.program());
        }
    }

    private static void checkDiagnostics(CompileResult.Failed failed) {
        assertFalse(failed.diagnostics().isEmpty(), "a failed compilation names no error");
        for (Diagnostic d : failed.diagnostics()) {
            assertEquals(FILE, d.file(), "diagnostic names the wrong file: " + d);
            assertTrue(d.line() >= 1, "diagnostic line below 1: " + d);
            assertTrue(d.column() >= 1, "diagnostic column below 1: " + d);
            assertTrue(d.message() != null && !d.message().isBlank(), "diagnostic without a message: " + d);
            assertNotNull(d.format());
        }
    }

    /**
     * Runs the program, answering "x" to every HEAR and NULL to every other effect, and passes the
     * state through its serialized form at each suspension, as the application does between turns.
     */
    private static void play(Program program) {
        // The bot holds just this dialog: resuming finds it again, CALL "other" finds nothing.
        Interpreter interpreter = new Interpreter(
                name -> name.equals(program.name()) ? Optional.of(program) : Optional.empty(), TIGHT);
        Outcome outcome = interpreter.start(program);
        for (int turn = 0; turn < TURNS && outcome instanceof Outcome.Suspended suspended; turn++) {
            assertNotNull(suspended.effect(), "suspended without an effect");
            ExecutionState restored = ExecutionState.fromBytes(suspended.state().toBytes());
            Value answer = suspended.effect() instanceof Effect.AwaitInput ? USER_SAYS : NullValue.NULL;
            outcome = interpreter.resume(restored, answer);
        }
        assertNotNull(outcome, "the interpreter returned no outcome");
        assertNotNull(outcome.state(), "an outcome without a state");
        if (outcome instanceof Outcome.Failed(var state, RuntimeError error)) {
            // The message may be blank (THROW ""), but the error must say where it happened.
            assertEquals(FILE, error.file(), "runtime error names the wrong file: " + error);
            assertNotNull(error.message(), "runtime error without a message: " + error);
            // The interpreter turns its own defects into this error instead of throwing: still a finding.
            assertFalse(error.message().startsWith("Internal error"), "interpreter defect: " + error.message());
        }
    }
}
