package org.botserver.domain.basic.runtime;

import static org.botserver.domain.basic.compiler.Op.*;

import java.util.List;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.builtins.BuiltinFunction;
import org.botserver.domain.basic.compiler.Scope;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;

/** CALL of a SUB, FUNCTION, built-in or another dialog, and RETURN, EXIT and END leaving them. */
final class Calls {

    private Calls() {
    }

    /** Runs a call or return instruction; null when the run goes on (at {@code s.pc}), else the turn's end. */
    static Outcome execute(Machine m, int pc, int op, int a, int b, Object operand) {
        switch (op) {
            case CALL_PROCEDURE -> procedure(m, pc, (Scope) operand, a, b == 1);
            case CALL_DIALOG -> dialog(m, pc);
            case RETURN -> m.s.pc = leave(m, a == 1 ? m.s.stack.pop() : NullValue.NULL, false);
            case HALT -> {
                Value result = a == 1 ? m.s.stack.pop() : NullValue.NULL;
                int next = leave(m, result, true);
                if (next < 0) return Suspensions.finish(m, result);
                m.s.pc = next;
            }
            default -> throw new IllegalStateException("not a call: " + op);
        }
        return null;
    }

    static Value builtin(Machine m, Object function, List<Value> arguments) {
        if (function instanceof BuiltinFunction f) return f.call(arguments, m.context);
        throw new BasicError("Unknown function " + function + ".");
    }

    private static void procedure(Machine m, int pc, Scope scope, int count, boolean keepResult) {
        List<Value> arguments = m.s.stack.popMany(count);
        checkDepth(m);
        Frame callee = Frame.procedure(m.frame, m.code.scopes().indexOf(scope), scope, pc + 1, m.s.stack.size(),
                keepResult);
        int[] parameters = scope.parameterSlots();
        for (int i = 0; i < parameters.length; i++) {
            callee.locals[parameters[i]] = i < arguments.size() ? arguments.get(i) : NullValue.NULL;
        }
        m.s.frames.add(callee);
        m.enter(callee);
        m.s.pc = scope.entry();
    }

    private static void dialog(Machine m, int pc) {
        String name = m.s.stack.pop().asText();
        Program program = m.library.find(name)
                .orElseThrow(() -> new BasicError("There is no dialog named \"" + name + "\" to CALL."));
        checkDepth(m);
        Frame callee = Frame.dialog(program, pc + 1, m.s.stack.size(), m.globals);
        m.s.frames.add(callee);
        m.enter(callee);
        m.s.pc = 0;
    }

    private static void checkDepth(Machine m) {
        if (m.s.frames.size() >= m.limits.callDepth()) {
            throw new BasicError("Call depth limit of " + m.limits.callDepth() + " exceeded.", true);
        }
    }

    /** Pops the current frame (up to the dialog's when {@code dialog}); returns where to continue, -1 when done. */
    private static int leave(Machine m, Value result, boolean dialog) {
        ExecutionState s = m.s;
        while (true) {
            Frame done = s.frames.removeLast();
            s.stack.truncate(done.stackBase);
            if (s.frames.isEmpty()) return -1;
            if (done.dialog || !dialog) {
                m.enter(s.top());
                if (done.keepResult) s.stack.push(result);
                return done.returnPc;
            }
        }
    }
}
