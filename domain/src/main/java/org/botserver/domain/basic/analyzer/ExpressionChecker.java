package org.botserver.domain.basic.analyzer;

import java.util.function.BooleanSupplier;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.builtins.Builtins;

/** Resolves the function calls in an expression and checks WITH references. */
final class ExpressionChecker {

    private final Analyzer analyzer;
    private final BooleanSupplier insideWith;

    ExpressionChecker(Analyzer analyzer, BooleanSupplier insideWith) {
        this.analyzer = analyzer;
        this.insideWith = insideWith;
    }

    void check(Expr e) {
        switch (e) {
            case Expr.Call c -> {
                Stmt.Procedure p = analyzer.procedure(c.name());
                if (p != null) {
                    if (!p.function()) {
                        analyzer.error(c.pos(), "SUB " + p.name() + " returns no value; declare it as FUNCTION or use CALL.");
                    } else {
                        arity(p, c.arguments().size(), c.pos());
                    }
                } else if (Builtins.find(c.name()).isEmpty()) {
                    analyzer.error(c.pos(), "Unknown function " + c.name() + ".");
                }
                c.arguments().forEach(this::check);
            }
            case Expr.WithSubject w -> {
                if (!insideWith.getAsBoolean()) analyzer.error(w.pos(), "'.' member used outside a WITH block.");
            }
            case Expr.Interpolation i -> i.parts().forEach(this::check);
            case Expr.Unary u -> check(u.operand());
            case Expr.Binary b -> { check(b.left()); check(b.right()); }
            case Expr.Logical l -> { check(l.left()); check(l.right()); }
            case Expr.Member m -> check(m.target());
            case Expr.Index i -> { check(i.target()); check(i.index()); }
            case Expr.ArrayLiteral a -> a.elements().forEach(this::check);
            case Expr.ObjectLiteral o -> o.values().forEach(this::check);
            case Expr.Capability c -> c.arguments().forEach(this::check);
            case Expr.Literal l -> { }
            case Expr.Variable v -> { }
            case Expr.ErrorState s -> { }
        }
    }

    void arity(Stmt.Procedure p, int given, Pos pos) {
        if (p.parameters().size() != given) {
            analyzer.error(pos, p.name() + " takes " + p.parameters().size() + " argument"
                    + (p.parameters().size() == 1 ? "" : "s") + " but is given " + given + ".");
        }
    }
}
