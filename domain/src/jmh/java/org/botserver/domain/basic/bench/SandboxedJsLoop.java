package org.botserver.domain.basic.bench;

import java.io.OutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The counted loop in GraalJS as a bot platform would have to run untrusted scripts: the constrained
 * sandbox and a statement limit (reset before each run), the counterpart of our interpreter's limits.
 */
@State(Scope.Benchmark)
public class SandboxedJsLoop {

    private static final long STATEMENT_LIMIT = 10_000_000;

    private Engine engine;
    private Context context;
    private Value loop;

    @Setup(Level.Trial)
    public void open() {
        engine = Engine.newBuilder("js")
                .sandbox(SandboxPolicy.CONSTRAINED)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        context = Context.newBuilder("js")
                .engine(engine)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .resourceLimits(ResourceLimits.newBuilder().statementLimit(STATEMENT_LIMIT, null).build())
                .build();
        loop = context.eval("js", CountedLoop.JAVASCRIPT);
        JsResults.check(run());
    }

    Value run() {
        context.resetLimits();
        return loop.execute(CountedLoop.ITERATIONS);
    }

    @TearDown(Level.Trial)
    public void close() {
        context.close();
        engine.close();
    }
}
