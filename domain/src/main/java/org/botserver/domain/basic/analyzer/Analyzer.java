package org.botserver.domain.basic.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.botserver.domain.basic.Diagnostics;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.value.TextValue;

/**
 * Checks what the grammar cannot: names of SUBs, FUNCTIONs, built-ins, labels and HEAR types resolve,
 * EXIT and RETURN stand where they mean something, nothing is declared twice; and collects the
 * file's declarations (PARAM, DESCRIPTION, system prompt, schedules).
 */
public final class Analyzer {

    private final Diagnostics diagnostics;
    private final Map<String, Stmt.Procedure> procedures = new HashMap<>();
    private final List<Stmt.Param> parameters = new ArrayList<>();
    private final List<String> schedules = new ArrayList<>();
    private final java.util.Set<String> assigned = new java.util.HashSet<>();
    private String description;
    private String systemPrompt;

    private Analyzer(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static Analysis analyze(List<Stmt> program, Diagnostics diagnostics) {
        Analyzer analyzer = new Analyzer(diagnostics);
        analyzer.declare(program);
        new ScopeChecker(analyzer, null).check(program);
        for (Stmt s : program) {
            if (s instanceof Stmt.Procedure p) new ScopeChecker(analyzer, p).check(p.body());
        }
        return new Analysis(analyzer.procedures, analyzer.parameters, analyzer.description, analyzer.systemPrompt,
                analyzer.schedules);
    }

    /** True if some statement of the file assigns the variable (so it is not a misspelt keyword). */
    boolean assigned(String name) {
        return assigned.contains(key(name));
    }

    private void collectAssigned(List<Stmt> body) {
        StatementWalker.forEach(body, s -> {
            switch (s) {
                case Stmt.Assign a -> assigned.add(key(root(a.target())));
                case Stmt.ForTo f -> assigned.add(key(f.variable()));
                case Stmt.ForEach f -> assigned.add(key(f.variable()));
                case Stmt.Hear h -> assigned.add(key(h.variable()));
                case Stmt.Param p -> assigned.add(key(p.name()));
                case Stmt.Procedure p -> {
                    p.parameters().forEach(n -> assigned.add(key(n)));
                    collectAssigned(p.body());
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

    private void declare(List<Stmt> program) {
        collectAssigned(program);
        for (Stmt s : program) {
            switch (s) {
                case Stmt.Procedure p -> {
                    Stmt.Procedure earlier = procedures.putIfAbsent(key(p.name()), p);
                    if (earlier != null) {
                        error(p.pos(), (p.function() ? "FUNCTION " : "SUB ") + p.name()
                                + " is already defined at line " + earlier.pos().line() + ".");
                    }
                }
                case Stmt.Param p -> {
                    if (parameters.stream().anyMatch(q -> q.name().equalsIgnoreCase(p.name()))) {
                        error(p.pos(), "PARAM " + p.name() + " is declared twice.");
                    }
                    parameters.add(p);
                }
                case Stmt.Description d -> {
                    if (description != null) error(d.pos(), "DESCRIPTION is declared twice.");
                    description = d.text();
                }
                case Stmt.SystemPrompt p -> {
                    if (systemPrompt != null) error(p.pos(), "BEGIN SYSTEM PROMPT appears twice.");
                    systemPrompt = p.text();
                }
                case Stmt.Capability c when c.keyword().equals("SET SCHEDULE") -> {
                    if (c.arguments().size() == 1 && c.arguments().getFirst() instanceof Expr.Literal(TextValue t, Pos p)) {
                        schedules.add(t.value());
                    } else {
                        error(c.pos(), "SET SCHEDULE needs one text literal such as \"0 9 * * 1\".");
                    }
                }
                default -> {
                    // other statements declare nothing
                }
            }
        }
    }

    Stmt.Procedure procedure(String name) {
        return procedures.get(key(name));
    }

    void error(Pos pos, String message) {
        diagnostics.report(pos.line(), pos.column(), message);
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
