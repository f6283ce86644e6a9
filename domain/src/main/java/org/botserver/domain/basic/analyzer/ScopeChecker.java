package org.botserver.domain.basic.analyzer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.hear.HearTypes;

/** Checks the statements of one scope (the main program or one SUB/FUNCTION body). */
final class ScopeChecker {

    /** PARAM types that need no HEAR check: they pass through to the JSON Schema as they are. */
    private static final java.util.Set<String> SCHEMA_TYPES = java.util.Set.of(
            "STRING", "INTEGER", "NUMBER", "BOOLEAN", "DATE", "HOUR", "TIME", "EMAIL", "OBJECT", "ARRAY", "ANY");

    private final Analyzer analyzer;
    private final Stmt.Procedure procedure;
    private final Map<String, Stmt.Label> labels = new HashMap<>();
    private final Deque<String> loops = new ArrayDeque<>();
    private final ExpressionChecker expressions;
    private int withDepth;
    /** 1 for the statements of the file or procedure itself, more inside IF, loops and WITH. */
    private int blockDepth;

    ScopeChecker(Analyzer analyzer, Stmt.Procedure procedure) {
        this.analyzer = analyzer;
        this.procedure = procedure;
        this.expressions = new ExpressionChecker(analyzer, () -> withDepth > 0);
    }

    void check(List<Stmt> body) {
        StatementWalker.forEach(body, s -> {
            if (s instanceof Stmt.Label l) {
                Stmt.Label earlier = labels.putIfAbsent(Analyzer.key(l.name()), l);
                if (earlier != null) {
                    analyzer.error(l.pos(), "Label " + l.name() + " is already defined at line " + earlier.pos().line() + ".");
                }
            }
        });
        statements(body);
    }

    private void statements(List<Stmt> body) {
        blockDepth++;
        for (Stmt s : body) statement(s);
        blockDepth--;
    }

    private void statement(Stmt s) {
        StatementWalker.expressions(s).forEach(expressions::check);
        switch (s) {
            case Stmt.If i -> i.branches().forEach(b -> statements(b.body()));
            case Stmt.Select sel -> sel.cases().forEach(c -> statements(c.body()));
            case Stmt.ForTo f -> loop("FOR", f.body());
            case Stmt.ForEach f -> loop("FOR", f.body());
            case Stmt.Loop l -> loop(l.kind(), l.body());
            case Stmt.With w -> {
                withDepth++;
                statements(w.body());
                withDepth--;
            }
            case Stmt.Exit e -> exit(e);
            case Stmt.Goto g -> {
                if (!labels.containsKey(Analyzer.key(g.label()))) {
                    analyzer.error(g.pos(), "Unknown label " + g.label() + (procedure == null ? "." : " in " + procedure.name() + "."));
                }
            }
            case Stmt.CallSub c -> {
                Stmt.Procedure target = analyzer.procedure(c.name());
                if (target == null) analyzer.error(c.pos(), "Unknown SUB " + c.name() + ".");
                else expressions.arity(target, c.arguments().size(), c.pos());
            }
            case Stmt.Hear h -> {
                if (h.choices().size() == 1 && h.choices().getFirst() instanceof Expr.Variable v
                        && !analyzer.assigned(v.name())) {
                    analyzer.error(h.pos(), "Unknown HEAR type " + v.name().toUpperCase(java.util.Locale.ROOT)
                            + "; a menu variable must be assigned first.");
                }
            }
            case Stmt.Param p -> {
                if (procedure != null) analyzer.error(p.pos(), "PARAM belongs at the top of the file, not inside " + procedure.name() + ".");
                else if (!HearTypes.isKnown(p.type()) && !SCHEMA_TYPES.contains(p.type())) analyzer.error(p.pos(), "Unknown PARAM type " + p.type() + ".");
            }
            case Stmt.OnTable o -> {
                if (blockDepth > 1 || procedure != null) analyzer.error(o.pos(), "ON " + o.kind() + " OF belongs at the top of the file.");
            }
            default -> {
                // nothing more to check
            }
        }
        if (s instanceof Stmt.If i && !i.otherwise().isEmpty()) statements(i.otherwise());
        if (s instanceof Stmt.Select sel) statements(sel.otherwise());
    }

    private void loop(String kind, List<Stmt> body) {
        loops.push(kind);
        statements(body);
        loops.pop();
    }

    private void exit(Stmt.Exit e) {
        Pos pos = e.pos();
        switch (e.what()) {
            case "SUB", "FUNCTION" -> {
                if (procedure == null || procedure.function() != e.what().equals("FUNCTION")) {
                    analyzer.error(pos, "EXIT " + e.what() + " outside a " + e.what() + ".");
                }
            }
            case "" -> {
                // EXIT alone ends the dialog from anywhere
            }
            default -> {
                if (!loops.contains(e.what())) analyzer.error(pos, "EXIT " + e.what() + " outside a " + e.what() + " loop.");
            }
        }
    }
}
