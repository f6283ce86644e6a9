package org.botserver.domain.basic.compiler;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.compiler.Instruction.*;

/** SELECT CASE and SWITCH: the subject is evaluated once, then each CASE's tests in order. */
final class SelectCompiler {

    private final Compiler compiler;
    private final Emitter out;

    SelectCompiler(Compiler compiler, Emitter out) {
        this.compiler = compiler;
        this.out = out;
    }

    void compile(Stmt.Select select) {
        String subject = out.hiddenName("case");
        compiler.expr(select.subject());
        out.emit(new Store(subject));
        List<Integer> ends = new ArrayList<>();
        for (Stmt.Case c : select.cases()) {
            List<Integer> matches = new ArrayList<>();
            for (Stmt.CaseTest t : c.tests()) {
                if (t.upTo() != null) {
                    out.emit(new Load(subject));
                    compiler.expr(t.value());
                    out.emit(new Binary(BinaryOp.GREATER_EQUAL));
                    int below = out.emit(new JumpIfFalse(-1));
                    out.emit(new Load(subject));
                    compiler.expr(t.upTo());
                    out.emit(new Binary(BinaryOp.LESS_EQUAL));
                    matches.add(out.emit(new JumpIfTrue(-1)));
                    out.patch(below);
                } else {
                    out.emit(new Load(subject));
                    compiler.expr(t.value());
                    out.emit(new Binary(t.op()));
                    matches.add(out.emit(new JumpIfTrue(-1)));
                }
            }
            int nextCase = out.emit(new Jump(-1));
            matches.forEach(out::patch);
            compiler.statements(c.body());
            ends.add(out.emit(new Jump(-1)));
            out.patch(nextCase);
        }
        compiler.statements(select.otherwise());
        ends.forEach(out::patch);
    }
}
