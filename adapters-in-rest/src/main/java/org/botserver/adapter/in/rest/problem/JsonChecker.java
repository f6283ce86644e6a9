package org.botserver.adapter.in.rest.problem;

/**
 * Follows a JSON text byte by byte: its UTF-8 encoding (no overlong forms, surrogates or bytes past U+10FFFF) and
 * how deeply objects and arrays nest. Quotes and backslashes are ASCII, which never occurs inside a multi-byte
 * UTF-8 character, so strings can be recognised on bytes.
 */
final class JsonChecker {

    static final int MAX_DEPTH = 32;
    static final String NOT_UTF8 = "The request body is not valid UTF-8.";
    static final String TOO_DEEP = "The request body nests objects and arrays deeper than " + MAX_DEPTH + " levels.";

    private int depth;
    private boolean inString;
    private boolean escaped;
    private int continuationBytes;
    private int lowest = 0x80;
    private int highest = 0xBF;

    /** Takes the next byte; the reason the text is refused, or null while it is acceptable. */
    String accept(int b) {
        if (continuationBytes > 0) return continuation(b);
        if (b >= 0x80) return lead(b);
        if (inString) {
            if (escaped) escaped = false;
            else if (b == '\\') escaped = true;
            else if (b == '"') inString = false;
        } else if (b == '"') {
            inString = true;
        } else if (b == '{' || b == '[') {
            if (++depth > MAX_DEPTH) return TOO_DEEP;
        } else if (b == '}' || b == ']') {
            depth--;
        }
        return null;
    }

    boolean inMiddleOfCharacter() {
        return continuationBytes > 0;
    }

    private String continuation(int b) {
        if (b < lowest || b > highest) return NOT_UTF8;
        lowest = 0x80;
        highest = 0xBF;
        continuationBytes--;
        return null;
    }

    /** The ranges of the Unicode standard's table 3-7 of well-formed UTF-8 byte sequences. */
    private String lead(int b) {
        escaped = false;
        if (b >= 0xC2 && b <= 0xDF) continuationBytes = 1;
        else if (b >= 0xE0 && b <= 0xEF) {
            continuationBytes = 2;
            if (b == 0xE0) lowest = 0xA0;
            if (b == 0xED) highest = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            continuationBytes = 3;
            if (b == 0xF0) lowest = 0x90;
            if (b == 0xF4) highest = 0x8F;
        } else {
            return NOT_UTF8;
        }
        return null;
    }
}
