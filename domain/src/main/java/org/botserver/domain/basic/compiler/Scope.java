package org.botserver.domain.basic.compiler;

import java.util.List;

/**
 * The variables of the main program or of one SUB or FUNCTION, each with its slot number (its index
 * here); a procedure's parameters take its first slots, {@code parameterSlots} in declaration order.
 */
public record Scope(String name, int entry, List<String> variables, int[] parameterSlots) {

    public Scope {
        variables = List.copyOf(variables);
    }

    /** True for the slot of a parameter. */
    public boolean isParameter(int slot) {
        for (int p : parameterSlots) if (p == slot) return true;
        return false;
    }

    /** The slot of a variable, or -1 when this scope never names it. */
    public int slotOf(String variable) {
        return variables.indexOf(variable);
    }
}
