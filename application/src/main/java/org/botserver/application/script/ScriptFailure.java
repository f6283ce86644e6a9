package org.botserver.application.script;

/** Why a script gave no result. */
public enum ScriptFailure {
    /** The source does not parse; the message names the line and column. */
    SYNTAX,
    /** It ran more statements than the sandbox allows. */
    STATEMENT_LIMIT,
    /** It ran longer than the sandbox allows. */
    TIME_LIMIT,
    /** It built a value (string, array, result) larger than the sandbox allows. */
    SIZE_LIMIT,
    /** It threw, including when it reached for something the sandbox does not offer (Java, files, require...). */
    THROWN,
    /** It returned something that is not a BASIC value (a function, a Map, a Promise...). */
    UNCONVERTIBLE_RESULT
}
