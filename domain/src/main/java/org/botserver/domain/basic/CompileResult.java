package org.botserver.domain.basic;

import java.util.List;

/** What compiling a BASIC file decided: a runnable program, or every error found. */
public sealed interface CompileResult {

    /** The file compiled. */
    record Compiled(Program program) implements CompileResult {
    }

    /** The file did not compile; all diagnostics, in source order. */
    record Failed(List<Diagnostic> diagnostics) implements CompileResult {
        public Failed {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
