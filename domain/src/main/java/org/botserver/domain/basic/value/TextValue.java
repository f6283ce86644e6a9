package org.botserver.domain.basic.value;

import java.util.Objects;

/** A string. */
public record TextValue(String value) implements Value {

    public static final TextValue EMPTY = new TextValue("");

    public TextValue {
        Objects.requireNonNull(value, "value");
    }

    @Override public boolean truthy() { return !value.isEmpty(); }

    @Override public String asText() { return value; }

    @Override public String toString() { return value; }
}
