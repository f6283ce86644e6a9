package org.botserver.domain.basic.analyzer;

import java.util.List;
import java.util.function.Consumer;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Stmt;

/** The variables a file assigns somewhere (so a bare word is a variable, not a misspelt keyword). */
final class AssignedNames {

    private AssignedNames() {
    }

    static void collect(List<Stmt> body, Consumer<String> assigned) {
        StatementWalker.forEach(body, s -> {
            switch (s) {
                case Stmt.Assign a -> assigned.accept(root(a.target()));
                case Stmt.ForTo f -> assigned.accept(f.variable());
                case Stmt.ForEach f -> assigned.accept(f.variable());
                case Stmt.Hear h -> assigned.accept(h.variable());
                case Stmt.Param p -> assigned.accept(p.name());
                case Stmt.Procedure p -> {
                    p.parameters().forEach(assigned);
                    collect(p.body(), assigned);
                }
                default -> {
                    // assigns nothing
                }
            }
        });
    }

    private static String root(Expr target) {
        return switch (target) {
            case Expr.Variable v -> v.name();
            case Expr.Member m -> root(m.target());
            case Expr.Index i -> root(i.target());
            default -> "";
        };
    }
}
