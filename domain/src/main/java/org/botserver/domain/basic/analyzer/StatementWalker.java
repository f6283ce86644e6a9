package org.botserver.domain.basic.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Stmt;

/** Generic traversals of the statement tree: every nested statement, and the expressions a statement owns. */
final class StatementWalker {

    private StatementWalker() {
    }

    /** Visits the statements and all statements nested in their blocks, not entering SUB/FUNCTION bodies. */
    static void forEach(List<Stmt> body, Consumer<Stmt> visit) {
        for (Stmt s : body) {
            visit.accept(s);
            for (List<Stmt> nested : blocks(s)) forEach(nested, visit);
        }
    }

    static List<List<Stmt>> blocks(Stmt s) {
        List<List<Stmt>> out = new ArrayList<>();
        switch (s) {
            case Stmt.If i -> {
                i.branches().forEach(b -> out.add(b.body()));
                out.add(i.otherwise());
            }
            case Stmt.Select sel -> {
                sel.cases().forEach(c -> out.add(c.body()));
                out.add(sel.otherwise());
            }
            case Stmt.ForTo f -> out.add(f.body());
            case Stmt.ForEach f -> out.add(f.body());
            case Stmt.Loop l -> out.add(l.body());
            case Stmt.With w -> out.add(w.body());
            default -> {
                // no nested block
            }
        }
        return out;
    }

    /** The expressions written directly in a statement (its header), not those of nested statements. */
    static List<Expr> expressions(Stmt s) {
        List<Expr> out = new ArrayList<>();
        switch (s) {
            case Stmt.Assign a -> { out.add(a.target()); out.add(a.value()); }
            case Stmt.CallSub c -> out.addAll(c.arguments());
            case Stmt.CallDialog c -> out.add(c.name());
            case Stmt.If i -> i.branches().forEach(b -> out.add(b.condition()));
            case Stmt.Select sel -> {
                out.add(sel.subject());
                sel.cases().forEach(c -> c.tests().forEach(t -> {
                    out.add(t.value());
                    if (t.upTo() != null) out.add(t.upTo());
                }));
            }
            case Stmt.ForTo f -> {
                out.add(f.from());
                out.add(f.to());
                if (f.step() != null) out.add(f.step());
            }
            case Stmt.ForEach f -> out.add(f.items());
            case Stmt.Loop l -> { if (l.condition() != null) out.add(l.condition()); }
            case Stmt.Return r -> { if (r.value() != null) out.add(r.value()); }
            case Stmt.Throw t -> out.add(t.message());
            case Stmt.With w -> out.add(w.subject());
            case Stmt.Talk t -> out.add(t.message());
            case Stmt.Hear h -> out.addAll(h.choices());
            case Stmt.Wait w -> out.add(w.seconds());
            case Stmt.AddSuggestion a -> {
                out.add(a.value());
                out.add(a.label());
                if (a.tool() != null) out.add(a.tool());
            }
            case Stmt.Capability c -> out.addAll(c.arguments());
            default -> {
                // no expressions
            }
        }
        return out;
    }
}
