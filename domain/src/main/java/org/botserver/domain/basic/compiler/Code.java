package org.botserver.domain.basic.compiler;

import java.util.List;

/**
 * A compiled program: the instructions and, per instruction, its source line, whether a statement
 * starts there (for the statement limit) and where ON ERROR RESUME NEXT continues after a failure.
 */
public record Code(List<Instruction> instructions, int[] lines, boolean[] statementStarts, int[] resumeAt) {

    public Code {
        instructions = List.copyOf(instructions);
    }

    public int size() {
        return instructions.size();
    }
}
