package org.botserver.adapter.out.llm.script;

import org.botserver.application.script.ScriptSandbox;
import org.botserver.application.script.ScriptSandboxContract;
import org.junit.jupiter.api.AfterAll;

/** GraalJS passes the sandbox contract: both forms, values both ways, plain failures, no host access. */
class GraalJsScriptSandboxTest extends ScriptSandboxContract {

    private static final GraalJsScriptSandbox SANDBOX = new GraalJsScriptSandbox(SandboxLimits.defaults());

    @Override
    protected ScriptSandbox sandbox() {
        return SANDBOX;
    }

    @AfterAll
    static void close() {
        SANDBOX.close();
    }
}
