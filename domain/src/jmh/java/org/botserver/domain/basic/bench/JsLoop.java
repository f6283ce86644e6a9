package org.botserver.domain.basic.bench;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The counted loop as a GraalJS function: one shared engine, one context per trial, no limits. */
@State(Scope.Benchmark)
public class JsLoop {

    private Engine engine;
    private Context context;
    private Value loop;

    @Setup(Level.Trial)
    public void open() {
        // Temurin has no Graal compiler, so the engine can only interpret; say we know that.
        engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        context = Context.newBuilder("js").engine(engine).build();
        loop = context.eval("js", CountedLoop.JAVASCRIPT);
        JsResults.check(run());
    }

    Value run() {
        return loop.execute(CountedLoop.ITERATIONS);
    }

    @TearDown(Level.Trial)
    public void close() {
        context.close();
        engine.close();
    }
}
