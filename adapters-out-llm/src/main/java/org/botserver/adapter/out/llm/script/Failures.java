package org.botserver.adapter.out.llm.script;

import java.util.Locale;
import org.botserver.application.script.ScriptFailure;
import org.botserver.application.script.ScriptResult;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/** A failed run as a plain sentence naming the file, line and column, never a stack trace. */
final class Failures {

    private Failures() {
    }

    static ScriptResult.Failed of(PolyglotException e, String name, int prefix, Watchdog.Reason reason, SandboxLimits limits) {
        if (e.isCancelled() && reason == Watchdog.Reason.MEMORY || e.isResourceExhausted() && isMemory(e)) {
            return outOfMemory(limits);
        }
        if (e.isCancelled() && !e.isResourceExhausted()) return timeLimit(name, limits);
        if (e.isResourceExhausted()) {
            return new ScriptResult.Failed(ScriptFailure.STATEMENT_LIMIT, name + ": the script ran more than "
                    + String.format(Locale.ROOT, "%,d", limits.statements()) + " statements and was stopped.");
        }
        String where = where(location(e), name, prefix);
        if (e.isSyntaxError()) return new ScriptResult.Failed(ScriptFailure.SYNTAX, where + syntaxMessage(e.getMessage()));
        if (e.isHostException() || e.isInternalError()) {
            return new ScriptResult.Failed(ScriptFailure.THROWN, where + "the script engine failed: " + firstLine(e.getMessage()));
        }
        return new ScriptResult.Failed(ScriptFailure.THROWN, where + firstLine(e.getMessage()));
    }

    static ScriptResult.Failed timeLimit(String name, SandboxLimits limits) {
        return new ScriptResult.Failed(ScriptFailure.TIME_LIMIT, name + ": the script ran longer than "
                + limits.timeout().toMillis() + " ms and was stopped.");
    }

    static ScriptResult.Failed refused(ResultValues.Refused e) {
        return new ScriptResult.Failed(e.tooLarge ? ScriptFailure.SIZE_LIMIT : ScriptFailure.UNCONVERTIBLE_RESULT, e.getMessage());
    }

    static ScriptResult.Failed outOfMemory(SandboxLimits limits) {
        return new ScriptResult.Failed(ScriptFailure.SIZE_LIMIT, "The script allocated more than "
                + limits.allocatedBytes() / (1024 * 1024) + " MiB and was stopped.");
    }

    /** "vat.js:6:9: ", the column on line 1 corrected for the function wrapper a tool's body is put in. */
    private static String where(SourceSection at, String name, int prefix) {
        if (at == null || !at.isAvailable() || !at.getSource().getName().equals(name)) return name + ": ";
        int line = at.getStartLine();
        int column = line == 1 ? Math.max(1, at.getStartColumn() - prefix) : at.getStartColumn();
        return name + ":" + line + ":" + column + ": ";
    }

    /** Where the error happened: its own location, else the innermost frame of the script itself. */
    private static SourceSection location(PolyglotException e) {
        if (e.getSourceLocation() != null) return e.getSourceLocation();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && frame.getSourceLocation() != null && frame.getSourceLocation().isAvailable()) {
                return frame.getSourceLocation();
            }
        }
        return null;
    }

    private static boolean isMemory(PolyglotException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("memory");
    }

    /** GraalJS says "SyntaxError: vat.js:2:10 Expected an operand but found ;"; the position is given already. */
    private static String syntaxMessage(String message) {
        String first = firstLine(message);
        if (first.startsWith("SyntaxError: ")) first = first.substring("SyntaxError: ".length());
        int space = first.indexOf(' ');
        boolean positioned = space > 0 && first.substring(0, space).matches(".*:\\d+:\\d+");
        return "SyntaxError: " + (positioned ? first.substring(space + 1) : first);
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) return "the script failed without a message.";
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
