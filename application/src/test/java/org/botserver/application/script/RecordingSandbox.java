package org.botserver.application.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A sandbox for the application tests: keeps every script it is given and answers with the given function. */
public final class RecordingSandbox implements ScriptSandbox {

    public final List<Script> scripts = new ArrayList<>();
    private final Function<Script, ScriptResult> answer;

    public RecordingSandbox(Function<Script, ScriptResult> answer) {
        this.answer = answer;
    }

    @Override
    public ScriptResult run(Script script) {
        scripts.add(script);
        return answer.apply(script);
    }
}
