package org.botserver.domain.basic.runtime;

import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.Program;

/**
 * Gives a state read back from bytes its compiled programs again, from the bot's current library.
 * A dialog that is gone or was edited meanwhile cannot continue; the error names where it was
 * called from (or, for the first dialog, where it waited), as every runtime error names file:line.
 */
final class Reattachment {

    private Reattachment() {
    }

    /** Attaches every frame's program; the error if one of them no longer exists or has changed. */
    static Optional<RuntimeError> attach(ExecutionState state, ProgramLibrary programs) {
        List<Frame> frames = state.frames;
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (f.compiled != null) continue;
            Optional<Program> program = programs.find(f.program, f.version).or(() -> programs.find(f.program));
            String problem = program.isEmpty() ? "The dialog \"" + f.program + "\" no longer exists."
                    : !program.get().version().equals(f.version) || !sameLayout(program.get(), f)
                    ? "The dialog \"" + f.program + "\" was changed while this conversation waited; it has to start again."
                    : null;
            if (problem != null) {
                Frame site = i > 0 ? frames.get(i - 1) : f;
                int line = i > 0 ? site.lineAt(f.returnPc - 1) : f.savedLine;
                return Optional.of(new RuntimeError(site.file, line, problem));
            }
            f.compiled = program.get();
        }
        return Optional.empty();
    }

    private static boolean sameLayout(Program program, Frame f) {
        var scopes = program.code().scopes();
        return f.scope >= 0 && f.scope < scopes.size() && scopes.get(f.scope).variables().equals(f.names);
    }
}
