package org.botserver.application.script;

/** How a script's source is read and where its named inputs appear. */
public enum ScriptForm {
    /** A script whose value is that of the last expression it evaluates (as JavaScript's eval); inputs are global variables. */
    SCRIPT,
    /** The body of a function whose parameters are the inputs, in order; {@code return} gives the result. */
    FUNCTION_BODY
}
