package org.botserver.adapter.out.llm.script;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The one GraalJS engine and the contexts made on it, each under {@link SandboxPolicy#CONSTRAINED} with every
 * host privilege switched off explicitly as well (host classes and objects, files, threads, processes, native
 * code, environment, other languages) and {@code load} removed; console output is discarded.
 */
final class SandboxEngine implements AutoCloseable {

    /**
     * HostAccess.NONE, without the mutable mappings of host collections the CONSTRAINED policy also forbids: no
     * host object is ever passed in, and none of its members could be reached if one were.
     */
    private static final HostAccess NO_HOST_ACCESS = HostAccess.newBuilder(HostAccess.NONE)
            .allowMutableTargetMappings().methodScoping(true).build();

    private final ResourceLimits statements;
    private volatile Engine engine;

    SandboxEngine(ResourceLimits statements) {
        this.statements = statements;
    }

    /** A fresh context for one run: nothing of the host, output discarded, the statement limit set. */
    Context newContext() {
        return Context.newBuilder("js")
                .engine(engine())
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowHostAccess(NO_HOST_ACCESS)
                .allowHostClassLookup(name -> false)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .in(InputStream.nullInputStream())
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .resourceLimits(statements)
                .options(Map.of("js.load", "false"))
                .build();
    }

    /**
     * Created on the first script rather than with the server: building it loads Truffle and GraalJS (about
     * 600 ms), which a server whose bots never run JavaScript should not pay. Shared by every context after that,
     * so a run costs about a millisecond to set up, and parsed sources are cached across runs.
     */
    private Engine engine() {
        Engine current = engine;
        if (current != null) return current;
        synchronized (this) {
            if (engine == null) {
                engine = Engine.newBuilder("js")
                        .sandbox(SandboxPolicy.CONSTRAINED)
                        .out(OutputStream.nullOutputStream())
                        .err(OutputStream.nullOutputStream())
                        // Temurin has no Graal compiler, so GraalJS always runs interpreted; the warning it logs on
                        // every start says only that, and the limits here do not depend on compilation.
                        .option("engine.WarnInterpreterOnly", "false")
                        .build();
                // The first context and evaluation load GraalJS's built-ins (about half a second); done here, not
                // inside the first script's time limit.
                try (Context warm = Context.newBuilder("js").engine(engine).sandbox(SandboxPolicy.CONSTRAINED)
                        .allowHostAccess(NO_HOST_ACCESS).out(OutputStream.nullOutputStream())
                        .err(OutputStream.nullOutputStream()).build()) {
                    warm.eval("js", "JSON.parse('[1]').length");
                }
            }
            return engine;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (engine != null) engine.close(true);
        }
    }
}
