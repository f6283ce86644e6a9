package org.botserver.domain.basic.builtins;

/** A built-in refused its arguments; the interpreter reports the message as a runtime error at the call's line. */
public class BuiltinException extends RuntimeException {

    public BuiltinException(String message) {
        super(message, null, false, false);
    }
}
