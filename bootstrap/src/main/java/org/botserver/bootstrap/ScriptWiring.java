package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.botserver.adapter.out.llm.script.GraalJsScriptSandbox;
import org.botserver.adapter.out.llm.script.SandboxLimits;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.script.RunJavaScriptHandler;
import org.botserver.application.script.ScriptSandbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sandboxed JavaScript: RUN JAVASCRIPT / RUN JS and the bots' .js tools run in the GraalJS sandbox, bounded by
 * {@code script.max.statements}, {@code script.timeout.millis}, {@code script.max.allocated.mb} and
 * {@code script.max.result.size} (env SCRIPT_MAX_STATEMENTS...). Nothing to configure: the engine starts with
 * the first script.
 */
@ApplicationScoped
public class ScriptWiring {

    @Produces
    @Singleton
    GraalJsScriptSandbox scriptSandbox(
            @ConfigProperty(name = "script.max.statements", defaultValue = "1000000") long statements,
            @ConfigProperty(name = "script.timeout.millis", defaultValue = "2000") long timeoutMillis,
            @ConfigProperty(name = "script.max.allocated.mb", defaultValue = "256") long allocatedMb,
            @ConfigProperty(name = "script.max.result.size", defaultValue = "1000000") long resultSize) {
        return new GraalJsScriptSandbox(new SandboxLimits(Math.max(1, statements),
                Duration.ofMillis(Math.max(1, timeoutMillis)), Math.max(1, allocatedMb) * 1024 * 1024, Math.max(1, resultSize)));
    }

    void closeSandbox(@Disposes GraalJsScriptSandbox sandbox) {
        // Stops the watchdog thread and closes the engine with the application.
        sandbox.close();
    }

    /** Collected by Wiring's capability registry with every other CapabilityHandler. */
    @Produces
    @Singleton
    CapabilityHandler runJavaScript(GraalJsScriptSandbox sandbox) {
        ScriptSandbox port = sandbox;
        return new RunJavaScriptHandler(port);
    }
}
