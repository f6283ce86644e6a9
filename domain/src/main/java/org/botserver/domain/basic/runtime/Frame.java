package org.botserver.domain.basic.runtime;

import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.compiler.Scope;
import org.botserver.domain.basic.value.Value;

/**
 * One activation on the call stack: a dialog (whose slots are that dialog's variables) or a SUB or
 * FUNCTION call (whose slots are its parameters and new variables, reading through to the dialog's).
 * An unset variable is a null slot, which is how a SUB tells whether the dialog already has it.
 */
final class Frame {

    final String program;
    /** The file errors name ("hello.gbdialog/start.bas"), kept so they can name it even once the program is gone. */
    final String file;
    final String version;
    /** Index of the scope in the program's code: 0 for the dialog, then one per procedure. */
    final int scope;
    final boolean dialog;
    final int returnPc;
    final int stackBase;
    final boolean keepResult;
    final Value[] locals;
    /** The variable names of {@link #locals}, kept so a saved state can be checked against its program. */
    final List<String> names;
    boolean resumeNext;
    /** The line this frame stood at when its state was read back, for errors before its program is attached. */
    int savedLine;
    Program compiled;
    Value[] globals;
    List<String> globalNames;

    Frame(String program, String file, String version, int scope, boolean dialog, int returnPc, int stackBase, boolean keepResult,
          List<String> names, Value[] locals) {
        this.program = program;
        this.file = file;
        this.version = version;
        this.scope = scope;
        this.dialog = dialog;
        this.returnPc = returnPc;
        this.stackBase = stackBase;
        this.keepResult = keepResult;
        this.names = names;
        this.locals = locals;
    }

    /** A dialog's frame, its variables named in {@code globals} (lower-case names) already assigned. */
    static Frame dialog(Program program, int returnPc, int stackBase, Map<String, Value> globals) {
        List<String> names = program.code().scopes().getFirst().variables();
        Value[] slots = new Value[names.size()];
        if (!globals.isEmpty()) {
            for (int i = 0; i < slots.length; i++) slots[i] = globals.get(names.get(i));
        }
        Frame f = new Frame(program.name(), program.file(), program.version(), 0, true, returnPc, stackBase, false, names,
                slots);
        f.compiled = program;
        f.globals = f.locals;
        f.globalNames = names;
        return f;
    }

    /** A SUB or FUNCTION called from {@code caller}; its parameters are still unset. */
    static Frame procedure(Frame caller, int scopeIndex, Scope scope, int returnPc, int stackBase, boolean keepResult) {
        Frame f = new Frame(caller.program, caller.file, caller.version, scopeIndex, false, returnPc, stackBase, keepResult,
                scope.variables(), new Value[scope.variables().size()]);
        f.compiled = caller.compiled;
        f.globals = caller.globals;
        f.globalNames = caller.globalNames;
        return f;
    }

    /** The source line of instruction {@code pc} of this frame's program, or where it stood when saved. */
    int lineAt(int pc) {
        if (compiled == null) return savedLine;
        int[] lines = compiled.code().lines();
        return pc >= 0 && pc < lines.length ? lines[pc] : 0;
    }

    /** Reads the variable at a local slot, or a dynamic reference's procedure slot falling back to the dialog's. */
    Value load(int local, int global) {
        Value v = locals[local];
        return v == null && global >= 0 ? globals[global] : v;
    }

    /** Writes into the procedure unless only the dialog has the variable (then the dialog's is updated). */
    void store(int local, int global, Value value) {
        if (global < 0 || locals[local] != null || globals[global] == null) locals[local] = value;
        else globals[global] = value;
    }

    Value load(String name) {
        int local = names.indexOf(name);
        int global = dialog ? -1 : globalNames.indexOf(name);
        if (local < 0) return global < 0 ? null : globals[global];
        return load(local, global);
    }

    /** Stores by name; a name the program never uses is dropped, since no statement could read it. */
    void store(String name, Value value) {
        int local = names.indexOf(name);
        int global = dialog ? -1 : globalNames.indexOf(name);
        if (local >= 0) store(local, global, value);
        else if (global >= 0 && globals[global] != null) globals[global] = value;
    }
}
