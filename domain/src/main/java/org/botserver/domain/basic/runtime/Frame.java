package org.botserver.domain.basic.runtime;

import java.util.HashMap;
import java.util.Map;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.value.Value;

/**
 * One activation on the call stack: a dialog (whose locals are that dialog's variables) or a SUB or
 * FUNCTION call (whose locals are its parameters and new variables, reading through to the dialog's).
 */
final class Frame {

    final String program;
    final String version;
    final boolean dialog;
    final int returnPc;
    final int stackBase;
    final boolean keepResult;
    final Map<String, Value> locals;
    boolean resumeNext;
    Program compiled;
    Map<String, Value> globals;

    Frame(Program compiled, boolean dialog, int returnPc, int stackBase, boolean keepResult, Map<String, Value> locals) {
        this(compiled.name(), compiled.version(), dialog, returnPc, stackBase, keepResult, locals);
        this.compiled = compiled;
    }

    Frame(String program, String version, boolean dialog, int returnPc, int stackBase, boolean keepResult,
          Map<String, Value> locals) {
        this.program = program;
        this.version = version;
        this.dialog = dialog;
        this.returnPc = returnPc;
        this.stackBase = stackBase;
        this.keepResult = keepResult;
        this.locals = locals;
    }

    static Frame dialog(Program program, int returnPc, int stackBase) {
        Frame f = new Frame(program, true, returnPc, stackBase, false, new HashMap<>());
        f.globals = f.locals;
        return f;
    }

    Value load(String name) {
        Value v = locals.get(name);
        if (v == null && !dialog) v = globals.get(name);
        return v;
    }

    void store(String name, Value value) {
        if (dialog || locals.containsKey(name) || !globals.containsKey(name)) locals.put(name, value);
        else globals.put(name, value);
    }
}
