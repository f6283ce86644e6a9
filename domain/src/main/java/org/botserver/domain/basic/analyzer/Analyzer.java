package org.botserver.domain.basic.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.botserver.domain.basic.Diagnostics;
import org.botserver.domain.basic.TableEvent;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.schedule.Schedule;

/**
 * Checks what the grammar cannot: names of SUBs, FUNCTIONs, built-ins, labels and HEAR types resolve,
 * EXIT and RETURN stand where they mean something, nothing is declared twice; and collects the
 * file's declarations (PARAM, DESCRIPTION, system prompt, schedules, table events).
 */
public final class Analyzer {

    private final Diagnostics diagnostics;
    private final Map<String, Stmt.Procedure> procedures = new HashMap<>();
    private final List<Stmt.Param> parameters = new ArrayList<>();
    private final List<String> schedules = new ArrayList<>();
    private final List<TableEvent> events = new ArrayList<>();
    private final Set<String> assigned = new HashSet<>();
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
                analyzer.schedules, analyzer.events);
    }

    /** True if some statement of the file assigns the variable (so it is not a misspelt keyword). */
    boolean assigned(String name) {
        return assigned.contains(key(name));
    }

    private void declare(List<Stmt> program) {
        AssignedNames.collect(program, name -> assigned.add(key(name)));
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
                case Stmt.Capability c when c.keyword().equals("SET SCHEDULE") -> schedule(c);
                case Stmt.OnTable o -> {
                    TableEvent event = new TableEvent(TableEvent.Kind.valueOf(o.kind()), o.table());
                    if (events.contains(event)) error(o.pos(), event + " is declared twice.");
                    else if (event.table().isEmpty()) error(o.pos(), "ON " + o.kind() + " OF needs a table name.");
                    else events.add(event);
                }
                default -> {
                    // other statements declare nothing
                }
            }
        }
    }

    /** SET SCHEDULE takes one literal, checked here so a schedule that can never run fails at compile time. */
    private void schedule(Stmt.Capability c) {
        if (c.arguments().size() != 1 || !(c.arguments().getFirst() instanceof Expr.Literal(TextValue t, Pos p))) {
            error(c.pos(), "SET SCHEDULE needs one text literal such as \"0 9 * * 1\".");
            return;
        }
        try {
            Schedule.of(t.value());
            schedules.add(t.value());
        } catch (IllegalArgumentException e) {
            error(c.pos(), e.getMessage());
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
