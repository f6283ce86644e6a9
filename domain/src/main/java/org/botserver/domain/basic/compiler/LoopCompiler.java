package org.botserver.domain.basic.compiler;

import static org.botserver.domain.basic.compiler.ExpressionCompiler.name;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.compiler.Instruction.*;
import org.botserver.domain.basic.value.NumberValue;

/** FOR … NEXT, FOR EACH, WHILE and DO loops and the EXIT statements that leave them (or a SUB or the dialog). */
final class LoopCompiler {

    private record LoopExits(String kind, List<Integer> jumps) {
    }

    private final Compiler compiler;
    private final Emitter out;
    private final Deque<LoopExits> loops = new ArrayDeque<>();

    LoopCompiler(Compiler compiler, Emitter out) {
        this.compiler = compiler;
        this.out = out;
    }

    void forTo(Stmt.ForTo f) {
        String variable = name(f.variable());
        String limit = out.hiddenName("limit");
        String step = out.hiddenName("step");
        compiler.expr(f.from());
        out.emit(new Store(variable));
        compiler.expr(f.to());
        out.emit(new Store(limit));
        if (f.step() != null) compiler.expr(f.step());
        else out.emit(new Push(NumberValue.of(1)));
        out.emit(new Store(step));
        int top = out.here();
        int test = out.emit(new ForTest(variable, limit, step, -1));
        body("FOR", f.body(), () -> {
            out.emit(new Load(variable));
            out.emit(new Load(step));
            out.emit(new Binary(BinaryOp.ADD));
            out.emit(new Store(variable));
            out.emit(new Jump(top));
        });
        out.patch(test);
    }

    void forEach(Stmt.ForEach f) {
        String items = out.hiddenName("items");
        String index = out.hiddenName("index");
        compiler.expr(f.items());
        out.emit(new Store(items));
        out.emit(new Push(NumberValue.ZERO));
        out.emit(new Store(index));
        int top = out.here();
        int next = out.emit(new EachNext(items, index, name(f.variable()), -1));
        body("FOR", f.body(), () -> out.emit(new Jump(top)));
        out.patch(next);
    }

    void loop(Stmt.Loop l) {
        int top = out.here();
        int exit = -1;
        if (l.condition() != null && !l.testAfter()) {
            compiler.expr(l.condition());
            exit = out.emit(l.until() ? new JumpIfTrue(-1) : new JumpIfFalse(-1));
            out.resumeRange(top, exit + 1, exit + 1);
        }
        body(l.kind(), l.body(), () -> {
            if (l.condition() != null && l.testAfter()) {
                compiler.expr(l.condition());
                out.emit(l.until() ? new JumpIfFalse(top) : new JumpIfTrue(top));
            } else {
                out.emit(new Jump(top));
            }
        });
        if (exit >= 0) out.patch(exit);
    }

    /** Compiles a loop body, then {@code latch} (the step back to the top); EXITs land after both. */
    private void body(String kind, List<Stmt> body, Runnable latch) {
        LoopExits exits = new LoopExits(kind, new ArrayList<>());
        loops.push(exits);
        compiler.statements(body);
        loops.pop();
        latch.run();
        exits.jumps().forEach(out::patch);
    }

    void exit(Stmt.Exit e) {
        switch (e.what()) {
            case "" -> out.emit(new Halt(false));
            case "SUB", "FUNCTION" -> out.emit(new Return(false));
            default -> {
                for (LoopExits l : loops) {
                    if (l.kind().equals(e.what())) {
                        l.jumps().add(out.emit(new Jump(-1)));
                        return;
                    }
                }
            }
        }
    }
}
