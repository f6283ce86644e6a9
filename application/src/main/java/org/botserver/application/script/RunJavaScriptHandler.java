package org.botserver.application.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.domain.basic.ScriptToolCompiler;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;

/**
 * {@code result = RUN JAVASCRIPT "code"[, value…]} (also {@code RUN JS}): the code runs in the sandbox as a
 * script whose value is its last expression's, the values after it visible to it as the array {@code args};
 * and the bot's {@code .js} tools, whose body runs as a function of their declared parameters. A script that
 * fails is a runtime error of the statement, so ON ERROR RESUME NEXT can trap it.
 */
public final class RunJavaScriptHandler implements CapabilityHandler {

    static final String KEYWORD = "RUN JAVASCRIPT";

    private final ScriptSandbox sandbox;

    public RunJavaScriptHandler(ScriptSandbox sandbox) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    }

    @Override
    public Set<String> keywords() {
        return Set.of(KEYWORD, ScriptToolCompiler.KEYWORD);
    }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        List<Value> arguments = capability.arguments();
        Script script;
        if (capability.keyword().equals(ScriptToolCompiler.KEYWORD)) {
            script = tool(arguments);
        } else {
            if (arguments.isEmpty() || !(arguments.getFirst() instanceof TextValue code) || code.asText().isBlank()) {
                return new CapabilityResult.Failed("RUN JAVASCRIPT needs the code as text: "
                        + "RUN JAVASCRIPT \"args[0] * 2\", 21.");
            }
            script = new Script("script", code.asText(), ScriptForm.SCRIPT,
                    Map.of("args", ArrayValue.of(arguments.subList(1, arguments.size()))));
        }
        return switch (sandbox.run(script)) {
            case ScriptResult.Returned(Value value) -> new CapabilityResult.Performed(value);
            case ScriptResult.Failed(var kind, String message) -> new CapabilityResult.Failed(message);
        };
    }

    /** The compiled tool's arguments: its file name, its source and an object of its parameters in header order. */
    private static Script tool(List<Value> arguments) {
        if (arguments.size() != 3 || !(arguments.get(2) instanceof ObjectValue parameters)) {
            throw new IllegalStateException("a compiled JavaScript tool passes its file, source and arguments");
        }
        Map<String, Value> inputs = new LinkedHashMap<>(parameters.fields());
        return new Script(arguments.get(0).asText(), arguments.get(1).asText(), ScriptForm.FUNCTION_BODY, inputs);
    }
}
