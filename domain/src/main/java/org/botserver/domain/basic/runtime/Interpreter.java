package org.botserver.domain.basic.runtime;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.builtins.BuiltinContext;
import org.botserver.domain.basic.hear.HearCheck;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/**
 * Runs compiled dialogs step by step, never blocking: each call runs until the dialog yields an
 * effect, ends or fails, and returns the state to keep. Limits apply per call (per turn).
 */
public final class Interpreter {

    private final ProgramLibrary programs;
    private final Limits limits;
    private final Clock clock;
    private final BuiltinContext context;
    /** Variables every dialog starts with (config.csv's param- rows), by lower-case name. */
    private final Map<String, Value> globals;

    public Interpreter(ProgramLibrary programs, Limits limits) {
        this(programs, limits, Clock.systemDefaultZone(), RandomGenerator.getDefault());
    }

    /** An interpreter whose NOW, TODAY, RANDOM and HEAR AS DATE read the given clock and randomness. */
    public Interpreter(ProgramLibrary programs, Limits limits, Clock clock, RandomGenerator random) {
        this(programs, limits, clock, new BuiltinContext(clock, random, limits.stringLength(), limits.arraySize()), Map.of());
    }

    private Interpreter(ProgramLibrary programs, Limits limits, Clock clock, BuiltinContext context,
                        Map<String, Value> globals) {
        this.programs = programs;
        this.limits = limits;
        this.clock = clock;
        this.context = context;
        this.globals = globals;
    }

    /**
     * This interpreter, but every dialog it starts (also by CALL, also as a tool) begins with these variables
     * already assigned; a name the dialog never mentions is not bound. They are ordinary variables after that:
     * an assignment changes them for this run only, and a saved state keeps the values it started with.
     */
    public Interpreter withGlobals(Map<String, Value> globals) {
        Map<String, Value> byName = new HashMap<>();
        globals.forEach((name, value) -> byName.put(name.toLowerCase(Locale.ROOT), value));
        return new Interpreter(programs, limits, clock, context, Map.copyOf(byName));
    }

    /** Runs a dialog from its first statement until it suspends, finishes or fails. */
    public Outcome start(Program program) {
        return start(program, Map.of());
    }

    /**
     * Runs a dialog called as a tool: each PARAM is bound from {@code arguments} (names ignore case),
     * converted to its declared type; a missing required or invalid argument fails the run. An argument
     * overrides a global of the same name.
     */
    public Outcome start(Program program, Map<String, Value> arguments) {
        Frame main = Frame.dialog(program, 0, 0, globals);
        ExecutionState state = ExecutionState.start(main);
        Optional<String> problem = ToolArguments.bind(program, arguments, main, clock);
        if (problem.isPresent()) return failed(state, program.file(), problem.get());
        return guarded(state);
    }

    /** Continues a suspended dialog, handing it the result of the effect it asked for. */
    public Outcome resume(ExecutionState state, Value result) {
        if (state.status != ExecutionState.Status.SUSPENDED) {
            return failed(state, state.pc, "This dialog has already ended and cannot continue.");
        }
        Optional<RuntimeError> unattached = Reattachment.attach(state, programs);
        if (unattached.isPresent()) return failed(state, unattached.get());
        try {
            switch (state.resume) {
                case PUSH -> state.stack.push(result);
                case HEAR -> {
                    Outcome asked = answer(state, result);
                    if (asked != null) return asked;
                }
                case REASK -> {
                    state.resume = ExecutionState.Resume.HEAR;
                    return new Outcome.Suspended(state, Answers.question(state.hear));
                }
                default -> {
                    // the effect's result is not used
                }
            }
        } catch (RuntimeException e) {
            return failed(state, state.pc - 1, "Could not read the answer: " + e.getMessage());
        }
        return guarded(state);
    }

    /**
     * Continues a suspended dialog whose capability keyword failed: the failure is a runtime error at that
     * statement, which ON ERROR RESUME NEXT traps; untrapped, the dialog fails at that line.
     */
    public Outcome resumeFailing(ExecutionState state, String message) {
        if (state.status != ExecutionState.Status.SUSPENDED) {
            return failed(state, state.pc, "This dialog has already ended and cannot continue.");
        }
        Optional<RuntimeError> unattached = Reattachment.attach(state, programs);
        if (unattached.isPresent()) return failed(state, unattached.get());
        state.resume = ExecutionState.Resume.NONE;
        try {
            return new Machine(state, limits, context, programs, globals).raise(message);
        } catch (RuntimeException e) {
            return failed(state, state.pc, "Internal error while running the dialog: " + e);
        }
    }

    /** Applies the user's answer to the pending HEAR; returns an outcome only when the dialog must ask again. */
    private Outcome answer(ExecutionState state, Value result) {
        PendingHear hear = state.hear;
        HearCheck check = Answers.check(hear, result, clock);
        switch (check) {
            case HearCheck.Accepted accepted -> state.top().store(hear.variable(), accepted.value());
            case HearCheck.Rejected rejected -> {
                PendingHear again = hear.refused();
                if (again.attempts() < PendingHear.MAX_ATTEMPTS) {
                    state.hear = again;
                    state.resume = ExecutionState.Resume.REASK;
                    return new Outcome.Suspended(state, new Effect.Talk(rejected.message()));
                }
                state.top().store(hear.variable(), TextValue.EMPTY);
            }
        }
        state.hear = null;
        return null;
    }

    private Outcome guarded(ExecutionState state) {
        try {
            return new Machine(state, limits, context, programs, globals).run();
        } catch (RuntimeException e) {
            // Only an interpreter defect gets here; the dialog ends with a plain error instead of a stack trace.
            return failed(state, state.pc, "Internal error while running the dialog: " + e);
        }
    }

    private static Outcome failed(ExecutionState state, String file, String message) {
        return failed(state, new RuntimeError(file, 0, message));
    }

    /** Fails at instruction {@code pc} of the running frame. */
    private static Outcome failed(ExecutionState state, int pc, String message) {
        if (state.frames.isEmpty()) return failed(state, new RuntimeError(state.programName(), 0, message));
        Frame top = state.top();
        return failed(state, new RuntimeError(top.file, top.lineAt(pc), message));
    }

    private static Outcome failed(ExecutionState state, RuntimeError error) {
        state.status = ExecutionState.Status.FAILED;
        state.resume = ExecutionState.Resume.NONE;
        return new Outcome.Failed(state, error);
    }
}
