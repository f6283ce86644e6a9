package org.botserver.domain.basic.bench;

import java.util.Optional;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.runtime.Interpreter;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.runtime.Outcome;
import org.botserver.domain.basic.value.NullValue;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The counted loop compiled once; each run starts it with the default limits and finishes it. */
@State(Scope.Benchmark)
public class BasicLoop {

    private Program program;
    private Interpreter interpreter;

    @Setup(Level.Trial)
    public void compile() {
        program = switch (BasicCompiler.compile(new SourceFile("loop.bas", CountedLoop.BASIC))) {
            case CompileResult.Compiled compiled -> compiled.program();
            case CompileResult.Failed failed -> throw new IllegalStateException(
                    "The benchmark program does not compile: " + failed.diagnostics());
        };
        interpreter = new Interpreter(name -> Optional.empty(), Limits.defaults());
        String said = run();
        if (!said.equals(Long.toString(CountedLoop.EXPECTED_SUM))) {
            throw new IllegalStateException("The BASIC loop said " + said + ", expected " + CountedLoop.EXPECTED_SUM);
        }
    }

    /** Runs the dialog to its end and returns what it said (the sum). */
    String run() {
        Outcome talked = interpreter.start(program);
        if (!(talked instanceof Outcome.Suspended(var state, Effect.Talk(String text)))) {
            throw new IllegalStateException("Expected the loop to TALK its sum, got " + talked);
        }
        Outcome end = interpreter.resume(state, NullValue.NULL);
        if (!(end instanceof Outcome.Finished)) {
            throw new IllegalStateException("Expected the loop to finish after TALK, got " + end);
        }
        return text;
    }
}
