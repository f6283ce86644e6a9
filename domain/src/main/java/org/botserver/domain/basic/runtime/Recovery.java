package org.botserver.domain.basic.runtime;

import org.botserver.domain.basic.builtins.BuiltinException;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** How a runtime failure ends: trapped by ON ERROR RESUME NEXT in the nearest frame that set it, or the dialog fails at its line. */
final class Recovery {

    private Recovery() {
    }

    /** Handles a failure of the running statement: null when ON ERROR RESUME NEXT continues, else the failed outcome. */
    static Outcome handle(Machine m, Throwable failure) {
        String message = switch (failure) {
            case BasicError e when e.fatal() -> null;
            case BasicError e -> e.getMessage();
            case BuiltinException e -> e.getMessage();
            case ArithmeticException e -> "Arithmetic error: " + e.getMessage() + ".";
            default -> "The dialog ran out of memory.";
        };
        if (message == null) return fail(m, failure.getMessage());
        if (failure instanceof Error || !recover(m, message)) return fail(m, message);
        return null;
    }

    /** ON ERROR RESUME NEXT (true) or ON ERROR GOTO 0 (false) for the current frame; either clears ERROR. */
    static void onError(Machine m, boolean resumeNext) {
        m.frame.resumeNext = resumeNext;
        m.s.errorMessage = null;
    }

    /** ERROR (whether the last trapped statement failed) or ERROR MESSAGE (its message, "" if none). */
    static Value errorState(Machine m, boolean message) {
        String error = m.s.errorMessage;
        return message ? new TextValue(error == null ? "" : error) : BoolValue.of(error != null);
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

    /** THROW of "", NULL or blanks still ends with words the user can read. */
    static BasicError thrown(Value value) {
        String message = value.asText();
        return new BasicError(message.isBlank() ? "An error was thrown without a message." : message);
    }

    static BasicError statementLimit(Limits limits) {
        return new BasicError("Statement limit of " + limits.statements() + " per turn exceeded.", true);
    }

    static BasicError loopLimit(Limits limits) {
        return new BasicError("Loop limit of " + limits.loopIterations() + " iterations per turn exceeded.", true);
    }
}
