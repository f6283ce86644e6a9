package org.botserver.domain.basic;

/** One compile error: where it is, what is wrong, and the offending source line. */
public record Diagnostic(String file, int line, int column, String message, String sourceLine) {

    /** "start.bas:3:7: Expect THEN after IF condition." followed by the source line. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message
                + (sourceLine == null || sourceLine.isBlank() ? "" : System.lineSeparator() + "    " + sourceLine.strip());
    }
}
