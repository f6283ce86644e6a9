package org.botserver.domain.basic.runtime;

import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.value.Value;

/** Runs compiled dialogs step by step, never blocking. (Skeleton: the BASIC language work fills this in.) */
public final class Interpreter {

    private final ProgramLibrary programs;
    private final Limits limits;

    public Interpreter(ProgramLibrary programs, Limits limits) {
        this.programs = programs;
        this.limits = limits;
    }

    /** Runs a dialog from its first statement until it suspends, finishes or fails. */
    public Outcome start(Program program) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Continues a suspended dialog, handing it the result of the effect it asked for. */
    public Outcome resume(ExecutionState state, Value result) {
        throw new UnsupportedOperationException("not built yet");
    }
}
