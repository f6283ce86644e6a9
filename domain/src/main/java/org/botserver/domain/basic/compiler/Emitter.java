package org.botserver.domain.basic.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/** The growing instruction list with its per-instruction tables, and back-patching of forward jumps. */
final class Emitter {

    private final List<Instruction> code = new ArrayList<>();
    private int[] lines = new int[64];
    private boolean[] starts = new boolean[64];
    private int[] resumeAt = new int[64];
    private int line;
    private int hidden;

    void line(int line) {
        this.line = line;
    }

    int here() {
        return code.size();
    }

    int emit(Instruction instruction) {
        int at = code.size();
        if (at == lines.length) {
            lines = Arrays.copyOf(lines, at * 2);
            starts = Arrays.copyOf(starts, at * 2);
            resumeAt = Arrays.copyOf(resumeAt, at * 2);
        }
        code.add(instruction);
        lines[at] = line;
        resumeAt[at] = -1;
        return at;
    }

    /** Emits a jump whose target is filled in later by {@link #patch}. */
    int emitJump(IntFunction<Instruction> jump) {
        return emit(jump.apply(-1));
    }

    /** Points the jump at {@code at} to the current position. */
    void patch(int at) {
        patch(at, here());
    }

    void patch(int at, int target) {
        Instruction fixed = switch (code.get(at)) {
            case Instruction.Jump j -> new Instruction.Jump(target);
            case Instruction.JumpIfFalse j -> new Instruction.JumpIfFalse(target);
            case Instruction.JumpIfTrue j -> new Instruction.JumpIfTrue(target);
            case Instruction.ForTest f -> new Instruction.ForTest(f.variable(), f.limit(), f.step(), target);
            case Instruction.EachNext e -> new Instruction.EachNext(e.items(), e.index(), e.variable(), target);
            case Instruction.CallProcedure c ->
                    new Instruction.CallProcedure(c.name(), target, c.parameters(), c.arguments(), c.keepResult());
            default -> throw new IllegalStateException("not a jump: " + code.get(at));
        };
        code.set(at, fixed);
    }

    void markStatement(int at) {
        if (at < code.size()) starts[at] = true;
    }

    /** After a failure in [from, to) under ON ERROR RESUME NEXT, continue at {@code next} (unless already set). */
    void resumeRange(int from, int to, int next) {
        for (int i = from; i < to; i++) {
            if (resumeAt[i] < 0) resumeAt[i] = next;
        }
    }

    /** A fresh variable name no script can spell, for loop limits, iterators and WITH subjects. */
    String hiddenName(String purpose) {
        return "#" + purpose + (++hidden);
    }

    /** Assembles the code; {@code declared} are the dialog's variables the code itself may never name (PARAMs). */
    Code build(List<Scopes.Start> scopeStarts, List<String> declared) {
        int n = code.size();
        return Assembler.assemble(code, Arrays.copyOf(lines, n), Arrays.copyOf(starts, n), Arrays.copyOf(resumeAt, n),
                new Scopes(scopeStarts, code, declared));
    }
}
