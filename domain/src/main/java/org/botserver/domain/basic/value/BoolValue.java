package org.botserver.domain.basic.value;

/** TRUE or FALSE. */
public enum BoolValue implements Value {
    TRUE, FALSE;

    public static BoolValue of(boolean b) { return b ? TRUE : FALSE; }

    public boolean value() { return this == TRUE; }

    @Override public boolean truthy() { return value(); }

    @Override public String asText() { return value() ? "TRUE" : "FALSE"; }
}
