package org.botserver.domain.basic.compiler;

import java.util.List;

/**
 * A compiled program: the instructions, their integer form for the runtime ({@link Op}), and per
 * instruction its source line, whether a statement starts there (for the statement limit) and where
 * ON ERROR RESUME NEXT continues after a failure; then the variable scopes (the main program's first)
 * and the slot pairs of dynamic references.
 */
public record Code(List<Instruction> instructions, int[] ops, Object[] operands, int[] lines,
                   boolean[] statementStarts, int[] resumeAt, List<Scope> scopes, int[] dynamic) {

    public Code {
        instructions = List.copyOf(instructions);
        scopes = List.copyOf(scopes);
    }

    public int size() {
        return instructions.size();
    }
}
