package org.botserver.domain.basic.compiler;

import static org.botserver.domain.basic.compiler.Op.*;

import java.util.List;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.compiler.Instruction.*;

/**
 * Rewrites common instruction sequences of one statement into single fused instructions, such as
 * {@code x = x + 1} into one BINARY_VK_STORE. Only the first instruction of a sequence is rewritten and
 * it then skips past the others, which stay as they were: a jump into the middle still finds them, and
 * no jump target, line or ON ERROR position moves. A sequence is fused only when no statement starts
 * inside it and all of it shares one line and one ON ERROR continuation, so limits and errors read the same.
 */
final class Fusion {

    private static final int FIRST_TEST = BinaryOp.EQUAL.ordinal(), LAST_TEST = BinaryOp.GREATER_EQUAL.ordinal();

    private final List<Instruction> code;
    private final int[] ops;
    private final Object[] operands;
    private final int[] lines;
    private final boolean[] starts;
    private final int[] resumeAt;

    private Fusion(List<Instruction> code, int[] ops, Object[] operands, int[] lines, boolean[] starts, int[] resumeAt) {
        this.code = code;
        this.ops = ops;
        this.operands = operands;
        this.lines = lines;
        this.starts = starts;
        this.resumeAt = resumeAt;
    }

    static void apply(List<Instruction> code, int[] ops, Object[] operands, int[] lines, boolean[] starts,
                      int[] resumeAt) {
        Fusion f = new Fusion(code, ops, operands, lines, starts, resumeAt);
        for (int pc = 0; pc < code.size(); pc++) f.fuse(pc);
    }

    private void fuse(int pc) {
        int at = pc * WIDTH;
        int a = ops[at + 1];
        if (at(pc, Load.class, Load.class, Binary.class, Store.class, Jump.class) && forNext(pc)) return;
        if (at(pc, Load.class, Load.class, Binary.class) || at(pc, Load.class, Push.class, Binary.class)) {
            boolean constant = code.get(pc + 1) instanceof Push;
            int op = ((Binary) code.get(pc + 2)).op().ordinal();
            int right = constant ? 0 : ops[at + WIDTH + 1];
            Object k = constant ? operands[pc + 1] : null;
            if (at(pc, null, null, null, Store.class) && fits(ops[at + 3 * WIDTH + 1], 24)) {
                set(pc, constant ? BINARY_VK_STORE : BINARY_VV_STORE, op | ops[at + 3 * WIDTH + 1] << 8, a, right, k);
            } else if (op >= FIRST_TEST && op <= LAST_TEST && jumpAt(pc + 3) && fits(ops[at + 3 * WIDTH + 1], 22)) {
                int whenTrue = code.get(pc + 3) instanceof JumpIfTrue ? 1 : 0;
                set(pc, constant ? TEST_VK_JUMP : TEST_VV_JUMP, op | whenTrue << 8 | ops[at + 3 * WIDTH + 1] << 9,
                        a, right, k);
            } else {
                set(pc, constant ? BINARY_VK : BINARY_VV, op, a, right, k);
            }
        } else if (at(pc, Push.class, Store.class)) {
            set(pc, PUSH_STORE, ops[at + WIDTH + 1], 0, 0, operands[pc]);
        } else if (at(pc, Load.class, Store.class)) {
            set(pc, LOAD_STORE, a, ops[at + WIDTH + 1], 0, null);
        } else if (at(pc, Binary.class, Store.class) && fits(ops[at + WIDTH + 1], 24)) {
            set(pc, BINARY_STORE, a | ops[at + WIDTH + 1] << 8, 0, 0, null);
        }
    }

    /** The latch of FOR … NEXT (variable += step, back to the test) fused with the test it jumps to. */
    private boolean forNext(int pc) {
        int top = ((Jump) code.get(pc + 4)).target();
        if (!(code.get(top) instanceof ForTest test) || starts[top] || resumeAt[top] != resumeAt[pc]) return false;
        if (!(code.get(pc) instanceof Load v && v.name().equals(test.variable())
                && code.get(pc + 1) instanceof Load step && step.name().equals(test.step())
                && ((Binary) code.get(pc + 2)).op() == BinaryOp.ADD
                && code.get(pc + 3) instanceof Store s && s.name().equals(test.variable()))) {
            return false;
        }
        set(pc, FOR_NEXT, top, test.exit(), 0, operands[top]);
        return true;
    }

    /** True when the kinds match from {@code pc} on (null matches any) within one statement. */
    private boolean at(int pc, Class<?>... kinds) {
        if (pc + kinds.length > code.size()) return false;
        for (int i = 0; i < kinds.length; i++) {
            int q = pc + i;
            if (kinds[i] != null && !kinds[i].isInstance(code.get(q))) return false;
            if (i > 0 && (starts[q] || lines[q] != lines[pc] || resumeAt[q] != resumeAt[pc])) return false;
        }
        return true;
    }

    private boolean jumpAt(int pc) {
        return at(pc - 3, null, null, null, JumpIfFalse.class) || at(pc - 3, null, null, null, JumpIfTrue.class);
    }

    private static boolean fits(int value, int bits) {
        return value >= -(1 << (bits - 1)) && value < (1 << (bits - 1));
    }

    private void set(int pc, int op, int a, int b, int c, Object operand) {
        int at = pc * WIDTH;
        ops[at] = op;
        ops[at + 1] = a;
        ops[at + 2] = b;
        ops[at + 3] = c;
        operands[pc] = operand;
    }
}
