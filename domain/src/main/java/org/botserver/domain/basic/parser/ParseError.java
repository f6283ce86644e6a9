package org.botserver.domain.basic.parser;

/** Unwinds the parser to the statement being parsed after a diagnostic has been reported. */
final class ParseError extends RuntimeException {

    ParseError() {
        super(null, null, false, false);
    }
}
