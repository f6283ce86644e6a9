package org.botserver.domain.basic.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.compiler.Instruction.*;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.TextValue;

/** Compiles expressions to stack instructions that leave exactly one value. */
final class ExpressionCompiler {

    /** A call whose procedure entry is known only once every body is compiled. */
    record PendingCall(int at, String procedure) {
    }

    private final Emitter out;
    private final Map<String, Stmt.Procedure> procedures;
    private final Deque<String> withSubjects = new ArrayDeque<>();
    private final List<PendingCall> calls = new ArrayList<>();

    ExpressionCompiler(Emitter out, Map<String, Stmt.Procedure> procedures) {
        this.out = out;
        this.procedures = procedures;
    }

    void compile(Expr e) {
        switch (e) {
            case Expr.Literal l -> out.emit(new Push(l.value()));
            case Expr.Interpolation i -> {
                i.parts().forEach(this::compile);
                out.emit(new Concat(i.parts().size()));
            }
            case Expr.Variable v -> out.emit(new Load(name(v.name())));
            case Expr.Unary u -> {
                compile(u.operand());
                out.emit(u.not() ? new Not() : new Negate());
            }
            case Expr.Binary b -> {
                compile(b.left());
                compile(b.right());
                out.emit(new Binary(b.op()));
            }
            case Expr.Logical l -> logical(l);
            case Expr.Member m -> {
                compile(m.target());
                out.emit(new GetMember(m.name()));
            }
            case Expr.Index i -> {
                compile(i.target());
                compile(i.index());
                out.emit(new GetIndex());
            }
            case Expr.Call c -> call(c.name(), c.arguments(), true);
            case Expr.ArrayLiteral a -> {
                a.elements().forEach(this::compile);
                out.emit(new MakeArray(a.elements().size()));
            }
            case Expr.ObjectLiteral o -> {
                o.values().forEach(this::compile);
                out.emit(new MakeObject(o.keys()));
            }
            case Expr.Capability c -> {
                c.arguments().forEach(this::compile);
                out.emit(new Capability(c.keyword(), c.arguments().size(), true));
            }
            case Expr.WithSubject w -> out.emit(new Load(withSubjects.peek()));
            case Expr.ErrorState s -> out.emit(new ErrorState(s.message()));
        }
    }

    /** Compiles the object an assignment writes into, creating it when a plain variable is still NULL. */
    void container(Expr target, boolean array) {
        switch (target) {
            case Expr.Variable v -> out.emit(new LoadContainer(name(v.name()), array));
            case Expr.Member m -> {
                container(m.target(), false);
                out.emit(new MemberContainer(m.name(), array));
            }
            default -> compile(target);
        }
    }

    void call(String procedureOrBuiltin, List<Expr> arguments, boolean keepResult) {
        arguments.forEach(this::compile);
        Stmt.Procedure p = procedures.get(name(procedureOrBuiltin));
        if (p == null) {
            out.emit(new CallBuiltin(procedureOrBuiltin.toUpperCase(Locale.ROOT), arguments.size()));
            if (!keepResult) out.emit(new Pop());
            return;
        }
        List<String> parameters = p.parameters().stream().map(ExpressionCompiler::name).toList();
        int at = out.emit(new CallProcedure(p.name(), -1, parameters, arguments.size(), keepResult));
        calls.add(new PendingCall(at, name(p.name())));
    }

    private void logical(Expr.Logical l) {
        compile(l.left());
        int shortCircuit = out.emit(l.and() ? new JumpIfFalse(-1) : new JumpIfTrue(-1));
        compile(l.right());
        out.emit(new ToBool());
        int end = out.emit(new Jump(-1));
        out.patch(shortCircuit);
        out.emit(new Push(BoolValue.of(!l.and())));
        out.patch(end);
    }

    void enterWith(String hidden) {
        withSubjects.push(hidden);
    }

    void leaveWith() {
        withSubjects.pop();
    }

    List<PendingCall> calls() {
        return calls;
    }

    static String name(String variable) {
        return variable.toLowerCase(Locale.ROOT);
    }

    static Push text(String s) {
        return new Push(new TextValue(s));
    }
}
