package org.botserver.application.memory;

/** The name a value is kept under: the script's text, trimmed, 1 to 200 characters. */
public record MemoryKey(String value) {

    public static final int MAX_LENGTH = 200;

    public MemoryKey {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) throw new IllegalArgumentException("A memory key must not be empty.");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A memory key is at most " + MAX_LENGTH + " characters, not " + value.length() + ".");
        }
    }

    @Override public String toString() { return value; }
}
