package org.botserver.domain.basic.runtime;

import static org.botserver.domain.basic.compiler.Op.*;

import java.util.Map;
import org.botserver.domain.basic.builtins.BuiltinContext;
import org.botserver.domain.basic.builtins.BuiltinException;
import org.botserver.domain.basic.compiler.Code;
import org.botserver.domain.basic.value.*;

/**
 * Executes the integer code of an {@link ExecutionState} for one turn until the dialog yields an effect,
 * ends or fails. The loop runs the frequent instructions itself, on the current frame's slots and code
 * arrays (fetched again whenever a call or return switches frames), and hands calls to {@link Calls},
 * effects to {@link Suspensions}, loop tests to {@link Loops}, data access to {@link Accessors} and
 * failures to {@link Recovery}. The per-turn limit counters live here, not in the state, and are exact.
 */
final class Machine {

    final ExecutionState s;
    final Limits limits;
    final BuiltinContext context;
    final ProgramLibrary library;
    /** Bound into every dialog frame a CALL opens, as at the start. */
    final Map<String, Value> globals;
    final Accessors access;
    Frame frame;
    Code code;
    private long statements;
    private long iterations;

    Machine(ExecutionState state, Limits limits, BuiltinContext context, ProgramLibrary library,
            Map<String, Value> globals) {
        this.s = state;
        this.limits = limits;
        this.context = context;
        this.library = library;
        this.globals = globals;
        this.access = new Accessors(limits);
        enter(state.top());
    }

    void enter(Frame f) {
        frame = f;
        code = f.compiled.code();
    }

    /**
     * Fails the statement the dialog is suspended in, because the capability it asked for failed: a runtime error
     * there, which ON ERROR RESUME NEXT traps (ERROR MESSAGE tells it); untrapped, the dialog fails at that line.
     */
    Outcome raise(String message) {
        s.pc--; // back on the capability instruction the dialog was suspended after: its statement failed
        Outcome failed = Recovery.handle(this, new BasicError(message));
        return failed != null ? failed : run();
    }

    Outcome run() {
        s.status = ExecutionState.Status.RUNNING;
        while (true) {
            try {
                Outcome outcome = loop();
                if (outcome != null) return outcome;
            } catch (BasicError | BuiltinException | ArithmeticException | OutOfMemoryError | StackOverflowError e) {
                Outcome failed = Recovery.handle(this, e);
                if (failed != null) return failed;
            }
        }
    }

    /** Runs from {@code s.pc}; returns the turn's outcome, or null after switching frames (run again from s.pc). */
    private Outcome loop() {
        final int[] ops = code.ops();
        final Object[] operands = code.operands();
        final boolean[] starts = code.statementStarts();
        final int[] dynamic = code.dynamic();
        final Value[] vars = frame.locals;
        final OperandStack stack = s.stack;
        final long maxStatements = limits.statements();
        int pc = s.pc;
        try {
            while (true) {
                if (starts[pc] && ++statements > maxStatements) throw Recovery.statementLimit(limits);
                final int at = pc * WIDTH;
                switch (ops[at]) {
                    case PUSH -> stack.push((Value) operands[pc]);
                    case LOAD -> stack.push(load(vars, dynamic, ops[at + 1]));
                    case STORE -> store(vars, dynamic, ops[at + 1], stack.pop());
                    case BINARY -> {
                        Value right = stack.pop();
                        stack.push(access.checked(Operators.binary(ops[at + 1], stack.pop(), right)));
                    }
                    case JUMP -> { pc = jump(pc, ops[at + 1]); continue; }
                    case JUMP_IF_FALSE, JUMP_IF_TRUE -> {
                        if (stack.pop().truthy() == (ops[at] == JUMP_IF_TRUE)) {
                            pc = jump(pc, ops[at + 1]);
                            continue;
                        }
                    }
                    case BINARY_VV, BINARY_VK, BINARY_VV_STORE, BINARY_VK_STORE -> {
                        Value left = load(vars, dynamic, ops[at + 2]);
                        Value right = ops[at] == BINARY_VV || ops[at] == BINARY_VV_STORE
                                ? load(vars, dynamic, ops[at + 3]) : (Value) operands[pc];
                        Value result = access.checked(Operators.binary(ops[at + 1] & 0xFF, left, right));
                        if (ops[at] == BINARY_VV || ops[at] == BINARY_VK) stack.push(result);
                        else store(vars, dynamic, ops[at + 1] >> 8, result);
                        pc += ops[at] == BINARY_VV || ops[at] == BINARY_VK ? 3 : 4;
                        continue;
                    }
                    case TEST_VK_JUMP, TEST_VV_JUMP -> {
                        Value left = load(vars, dynamic, ops[at + 2]);
                        Value right = ops[at] == TEST_VV_JUMP ? load(vars, dynamic, ops[at + 3]) : (Value) operands[pc];
                        boolean holds = Operators.test(ops[at + 1] & 0xFF, left, right);
                        pc = holds == ((ops[at + 1] & 0x100) != 0) ? jump(pc + 3, ops[at + 1] >> 9) : pc + 4;
                        continue;
                    }
                    case BINARY_STORE -> {
                        Value right = stack.pop();
                        Value result = access.checked(Operators.binary(ops[at + 1] & 0xFF, stack.pop(), right));
                        store(vars, dynamic, ops[at + 1] >> 8, result);
                        pc += 2;
                        continue;
                    }
                    case PUSH_STORE -> { store(vars, dynamic, ops[at + 1], (Value) operands[pc]); pc += 2; continue; }
                    case LOAD_STORE -> {
                        store(vars, dynamic, ops[at + 2], load(vars, dynamic, ops[at + 1]));
                        pc += 2;
                        continue;
                    }
                    case FOR_NEXT -> {
                        int[] refs = (int[]) operands[pc];
                        store(vars, dynamic, refs[0], access.checked(Operators.binary(Operators.ADD,
                                load(vars, dynamic, refs[0]), load(vars, dynamic, refs[2]))));
                        pc = jump(pc + 4, ops[at + 1]);
                        pc = Loops.forDone(this, refs) ? ops[at + 2] : pc + 1;
                        continue;
                    }
                    case FOR_TEST -> {
                        if (Loops.forDone(this, (int[]) operands[pc])) {
                            pc = ops[at + 1];
                            continue;
                        }
                    }
                    case EACH_NEXT -> {
                        if (!Loops.eachNext(this, (int[]) operands[pc])) {
                            pc = ops[at + 1];
                            continue;
                        }
                    }
                    case POP -> stack.pop();
                    case NEGATE -> stack.push(Arithmetic.negate(stack.pop()));
                    case NOT -> stack.push(BoolValue.of(!stack.pop().truthy()));
                    case TO_BOOL -> stack.push(BoolValue.of(stack.pop().truthy()));
                    case LOAD_CONTAINER -> stack.push(Accessors.container(this, ops[at + 1], ops[at + 2] == 1));
                    case MEMBER_CONTAINER -> stack.push(access.memberContainer(stack.pop(), (String) operands[pc], ops[at + 2] == 1));
                    case GET_MEMBER -> stack.push(access.member(stack.pop(), (String) operands[pc]));
                    case GET_INDEX -> {
                        Value index = stack.pop();
                        stack.push(access.index(stack.pop(), index));
                    }
                    case SET_MEMBER -> {
                        Value value = stack.pop();
                        access.setMember(stack.pop(), (String) operands[pc], value);
                    }
                    case SET_INDEX -> access.setIndex(stack);
                    case MAKE_ARRAY -> stack.push(access.makeArray(stack.popMany(ops[at + 1])));
                    case MAKE_OBJECT -> stack.push(access.makeObject(operands[pc], stack.popMany(ops[at + 1])));
                    case CONCAT -> stack.push(access.concat(stack.popMany(ops[at + 1])));
                    case CALL_BUILTIN -> stack.push(access.checked(Calls.builtin(this, operands[pc], stack.popMany(ops[at + 1]))));
                    case ON_ERROR -> Recovery.onError(this, ops[at + 1] == 1);
                    case THROW -> throw Recovery.thrown(stack.pop());
                    case ERROR_STATE -> stack.push(Recovery.errorState(this, ops[at + 1] == 1));
                    default -> {
                        s.pc = pc;
                        return ops[at] <= HALT ? Calls.execute(this, pc, ops[at], ops[at + 1], ops[at + 2], operands[pc])
                                : Suspensions.execute(this, pc, ops[at], ops[at + 1], ops[at + 2], operands[pc]);
                    }
                }
                pc++;
            }
        } catch (RuntimeException | Error e) {
            s.pc = pc;
            throw e;
        }
    }

    /** A backward jump closes a loop round, which counts against the loop limit. */
    int jump(int pc, int target) {
        if (target <= pc && ++iterations > limits.loopIterations()) throw Recovery.loopLimit(limits);
        return target;
    }

    Value load(Value[] vars, int[] dynamic, int ref) {
        Value v = ref >= 0 ? vars[ref] : frame.load(dynamic[~ref * 2], dynamic[~ref * 2 + 1]);
        return v == null ? NullValue.NULL : v;
    }

    void store(Value[] vars, int[] dynamic, int ref, Value value) {
        if (ref >= 0) vars[ref] = value;
        else frame.store(dynamic[~ref * 2], dynamic[~ref * 2 + 1], value);
    }

    Value load(int ref) {
        return load(frame.locals, code.dynamic(), ref);
    }

    void store(int ref, Value value) {
        store(frame.locals, code.dynamic(), ref, value);
    }
}
