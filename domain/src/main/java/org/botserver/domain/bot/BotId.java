package org.botserver.domain.bot;

import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/** A bot's identifier: the package name without `.gbai` ("hello"), lower-case letters, digits, '-' and '_'. */
@ValueObject
public record BotId(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    public BotId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("A bot id is 1-63 lower-case letters, digits, '-' or '_': " + value);
        }
    }

    /** Whether the text is a valid bot id, for validating input without exceptions. */
    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override public String toString() { return value; }
}
