package org.botserver.domain.basic.value;

/** The absence of a value; what an unassigned variable reads as. */
public enum NullValue implements Value {
    NULL;

    @Override public boolean truthy() { return false; }

    @Override public String asText() { return ""; }
}
