package org.botserver.domain.basic.runtime;

/** A runtime error naming the file and line where it happened. */
public record RuntimeError(String file, int line, String message) {

    /** "start.bas:12: Loop limit of 1000000 iterations exceeded." */
    public String format() {
        return file + ":" + line + ": " + message;
    }
}
