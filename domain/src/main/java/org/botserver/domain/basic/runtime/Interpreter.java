package org.botserver.domain.basic.runtime;

import java.time.Clock;
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

    public Interpreter(ProgramLibrary programs, Limits limits) {
        this(programs, limits, Clock.systemDefaultZone(), RandomGenerator.getDefault());
    }

    /** An interpreter whose NOW, TODAY, RANDOM and HEAR AS DATE read the given clock and randomness. */
    public Interpreter(ProgramLibrary programs, Limits limits, Clock clock, RandomGenerator random) {
        this.programs = programs;
        this.limits = limits;
        this.clock = clock;
        this.context = new BuiltinContext(clock, random, limits.stringLength(), limits.arraySize());
    }

    /** Runs a dialog from its first statement until it suspends, finishes or fails. */
    public Outcome start(Program program) {
        return start(program, Map.of());
    }

    /**
     * Runs a dialog called as a tool: each PARAM is bound from {@code arguments} (names ignore case),
     * converted to its declared type; a missing required or invalid argument fails the run.
     */
    public Outcome start(Program program, Map<String, Value> arguments) {
        Frame main = Frame.dialog(program, 0, 0);
        ExecutionState state = ExecutionState.start(main);
        Optional<String> problem = ToolArguments.bind(program, arguments, main, clock);
        if (problem.isPresent()) return failed(state, program.file(), problem.get());
        return guarded(state);
    }

    /** Continues a suspended dialog, handing it the result of the effect it asked for. */
    public Outcome resume(ExecutionState state, Value result) {
        if (state.status != ExecutionState.Status.SUSPENDED) {
            return failed(state, state.programName(), "This dialog has already ended and cannot continue.");
        }
        for (Frame f : state.frames) {
            if (f.compiled != null) continue;
            Optional<Program> program = programs.find(f.program, f.version).or(() -> programs.find(f.program));
            if (program.isEmpty()) return failed(state, f.program, "The dialog " + f.program + " no longer exists.");
            if (!program.get().version().equals(f.version) || !sameLayout(program.get(), f)) {
                return failed(state, f.program, "The dialog " + f.program + " was changed while this conversation waited;"
                        + " it has to start again.");
            }
            f.compiled = program.get();
        }
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
            return failed(state, state.top().compiled.file(), "Could not read the answer: " + e.getMessage());
        }
        return guarded(state);
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

    private static boolean sameLayout(Program program, Frame f) {
        var scopes = program.code().scopes();
        return f.scope >= 0 && f.scope < scopes.size() && scopes.get(f.scope).variables().equals(f.names);
    }

    private Outcome guarded(ExecutionState state) {
        try {
            return new Machine(state, limits, context, programs).run();
        } catch (RuntimeException e) {
            // Only an interpreter defect gets here; the dialog ends with a plain error instead of a stack trace.
            return failed(state, state.programName(), "Internal error while running the dialog: " + e);
        }
    }

    private static Outcome failed(ExecutionState state, String file, String message) {
        state.status = ExecutionState.Status.FAILED;
        state.resume = ExecutionState.Resume.NONE;
        return new Outcome.Failed(state, new RuntimeError(file, 0, message));
    }
}
