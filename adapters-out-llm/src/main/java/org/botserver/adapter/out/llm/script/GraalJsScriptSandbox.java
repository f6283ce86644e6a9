package org.botserver.adapter.out.llm.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.botserver.application.script.Script;
import org.botserver.application.script.ScriptFailure;
import org.botserver.application.script.ScriptForm;
import org.botserver.application.script.ScriptResult;
import org.botserver.application.script.ScriptSandbox;
import org.botserver.domain.basic.builtins.BuiltinContext;
import org.botserver.domain.basic.builtins.BuiltinException;
import org.botserver.domain.basic.builtins.Builtins;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.Value;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;

/**
 * Runs scripts in GraalJS under the CONSTRAINED sandbox policy: no host classes or objects, no files, threads,
 * processes, native code, environment or other languages; console output is discarded. Each run gets a new
 * context on one shared engine, a statement limit, and a watchdog that cancels it after its time or allocation
 * budget. Inputs go in as JSON parsed inside the context, so no host object ever reaches the script.
 */
public final class GraalJsScriptSandbox implements ScriptSandbox, AutoCloseable {

    private final SandboxLimits limits;
    private final Watchdog watchdog = new Watchdog();
    private final BuiltinContext json;
    private final SandboxEngine engine;

    public GraalJsScriptSandbox(SandboxLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.engine = new SandboxEngine(ResourceLimits.newBuilder().statementLimit(limits.statements(), null).build());
        // The inputs are BASIC values, already within the dialog's own limits; JSON text is written under the same.
        this.json = new BuiltinContext(java.time.Clock.systemUTC(), java.util.random.RandomGenerator.getDefault(),
                Limits.defaults().stringLength(), Limits.defaults().arraySize());
    }

    @Override
    public ScriptResult run(Script script) {
        String prefix = script.form() == ScriptForm.FUNCTION_BODY
                ? "(function (" + String.join(", ", script.inputs().keySet()) + ") {" : "";
        String text = prefix.isEmpty() ? script.source() : prefix + script.source() + "\n})";
        Source source = Source.newBuilder("js", text, script.name()).buildLiteral();
        Map<String, String> inputs = new LinkedHashMap<>();
        try {
            script.inputs().forEach((name, value) -> inputs.put(name, json(value)));
        } catch (BuiltinException e) {
            return new ScriptResult.Failed(ScriptFailure.SIZE_LIMIT, "The values given to the script cannot be passed: " + e.getMessage());
        }
        Context context = engine.newContext();
        try (Watchdog.Watch watch = watchdog.watch(context, limits)) {
            try {
                Value result = ResultValues.toBasic(evaluate(context, source, script.form(), inputs), limits.resultSize());
                return watch.overBudget() ? Failures.outOfMemory(limits) : new ScriptResult.Returned(result);
            } catch (PolyglotException e) {
                // A run past both budgets is reported by its memory: that is what a shorter time would not fix.
                Watchdog.Reason reason = watch.overBudget() ? Watchdog.Reason.MEMORY : watch.reason();
                return Failures.of(e, script.name(), prefix.length(), reason, limits);
            } catch (ResultValues.Refused e) {
                return Failures.refused(e);
            } catch (IllegalStateException e) {
                // The watchdog closed the context while the result was being read.
                if (watch.reason() == null) throw e;
                return watch.overBudget() ? Failures.outOfMemory(limits) : Failures.timeLimit(script.name(), limits);
            } catch (OutOfMemoryError e) {
                // One allocation too large for the heap fails alone, leaving the heap as it was; the server goes on.
                return Failures.outOfMemory(limits);
            }
        } finally {
            close(context);
        }
    }

    /** A context stopped by a limit reports that stop again when closed; it is already reported, so only close it. */
    private static void close(Context context) {
        try {
            context.close(true);
        } catch (PolyglotException | IllegalStateException alreadyStopped) {
            // the run's result already says why it stopped
        }
    }

    private static org.graalvm.polyglot.Value evaluate(Context context, Source source, ScriptForm form, Map<String, String> inputs) {
        org.graalvm.polyglot.Value parse = context.eval("js", "JSON.parse");
        if (form == ScriptForm.SCRIPT) {
            org.graalvm.polyglot.Value globals = context.getBindings("js");
            inputs.forEach((name, json) -> globals.putMember(name, parse.execute(json)));
            return context.eval(source);
        }
        Object[] arguments = inputs.values().stream().map(parse::execute).toArray();
        return context.eval(source).execute(arguments);
    }

    private String json(Value value) {
        return Builtins.find("TOJSON").orElseThrow().call(List.of(value), json).asText();
    }

    @Override
    public void close() {
        watchdog.close();
        engine.close();
    }
}
