package org.botserver.domain.basic.runtime;

/** How a runtime failure ends: trapped by ON ERROR RESUME NEXT in the nearest frame that set it, or the dialog fails at its line. */
final class Recovery {

    private Recovery() {
    }

    /** Continues after the failed statement in the nearest trapping frame; false when no frame traps it. */
    static boolean recover(Machine m, String message) {
        ExecutionState s = m.s;
        int at = s.pc;
        for (int i = s.frames.size() - 1; i >= 0; i--) {
            Frame f = s.frames.get(i);
            if (f.resumeNext) {
                int next = f.compiled.code().resumeAt()[at];
                if (next < 0) return false;
                while (s.frames.size() > i + 1) s.frames.removeLast();
                s.stack.truncate(f.stackBase);
                m.enter(f);
                s.pc = next;
                s.errorMessage = message;
                return true;
            }
            at = f.returnPc - 1;
            if (at < 0) return false;
        }
        return false;
    }

    static Outcome fail(Machine m, String message) {
        ExecutionState s = m.s;
        int[] lines = m.code.lines();
        int line = lines.length > s.pc ? lines[s.pc] : 0;
        s.status = ExecutionState.Status.FAILED;
        s.resume = ExecutionState.Resume.NONE;
        return new Outcome.Failed(s, new RuntimeError(m.frame.compiled.file(), line, message));
    }

    static BasicError statementLimit(Limits limits) {
        return new BasicError("Statement limit of " + limits.statements() + " per turn exceeded.", true);
    }

    static BasicError loopLimit(Limits limits) {
        return new BasicError("Loop limit of " + limits.loopIterations() + " iterations per turn exceeded.", true);
    }
}
