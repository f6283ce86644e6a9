package org.botserver.domain.basic.runtime;

/** Where a run of the interpreter stopped; every outcome carries the state to save. */
public sealed interface Outcome {

    ExecutionState state();

    /** The dialog asks for an effect and waits for its result. */
    record Suspended(ExecutionState state, Effect effect) implements Outcome {
    }

    /** The dialog ran to its end. */
    record Finished(ExecutionState state) implements Outcome {
    }

    /** The dialog stopped on a runtime error (limit exceeded, THROW, type error...). */
    record Failed(ExecutionState state, RuntimeError error) implements Outcome {
    }
}
