package org.botserver.domain.basic.parser;

import java.util.Locale;
import java.util.Set;

/** Words that structure statements and so can never name a variable. */
final class Reserved {

    private static final Set<String> WORDS = Set.of(
            "IF", "THEN", "ELSE", "ELSEIF", "END", "ENDIF", "FOR", "TO", "STEP", "NEXT", "EACH", "IN", "WHILE",
            "WEND", "DO", "LOOP", "UNTIL", "EXIT", "SUB", "FUNCTION", "CALL", "RETURN", "GOTO", "AND", "OR",
            "NOT", "MOD", "AS", "SELECT", "CASE", "SWITCH", "DEFAULT", "WITH", "TRUE", "FALSE", "NULL");

    private Reserved() {
    }

    static boolean is(String word) {
        return WORDS.contains(word.toUpperCase(Locale.ROOT));
    }
}
