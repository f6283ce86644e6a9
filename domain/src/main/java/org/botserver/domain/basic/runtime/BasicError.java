package org.botserver.domain.basic.runtime;

/**
 * A runtime failure inside the interpreter, turned into a {@link RuntimeError} at the current line.
 * A fatal one (an exceeded limit) ends the dialog even under ON ERROR RESUME NEXT.
 */
final class BasicError extends RuntimeException {

    private final boolean fatal;

    BasicError(String message) {
        this(message, false);
    }

    BasicError(String message, boolean fatal) {
        super(message, null, false, false);
        this.fatal = fatal;
    }

    boolean fatal() {
        return fatal;
    }
}
