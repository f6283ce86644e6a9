package org.botserver.domain.basic.compiler;

import static org.botserver.domain.basic.compiler.ExpressionCompiler.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.analyzer.Analysis;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.compiler.Instruction.*;

/**
 * Flattens the statement tree of an analyzed file into jumps and stack instructions: the main
 * program first (ending in HALT), then each SUB and FUNCTION body.
 */
public final class Compiler {

    private final Emitter out = new Emitter();
    private final ExpressionCompiler expressions;
    private final LoopCompiler loops = new LoopCompiler(this, out);
    private Map<String, Integer> labels = new HashMap<>();
    private List<Stmt.Goto> gotos = new ArrayList<>();
    private List<Integer> gotoJumps = new ArrayList<>();
    private boolean inProcedure;

    private Compiler(Analysis analysis) {
        this.expressions = new ExpressionCompiler(out, analysis.procedures());
    }

    public static Code compile(List<Stmt> program, Analysis analysis) {
        Compiler c = new Compiler(analysis);
        c.scope(program.stream().filter(s -> !(s instanceof Stmt.Procedure)).toList());
        c.out.emit(new Halt(false));
        Map<String, Integer> entries = new HashMap<>();
        List<Scopes.Start> scopes = new ArrayList<>(List.of(new Scopes.Start("", 0, List.of())));
        for (Stmt s : program) {
            if (s instanceof Stmt.Procedure p) {
                entries.put(name(p.name()), c.out.here());
                scopes.add(new Scopes.Start(p.name(), c.out.here(), p.parameters().stream().map(ExpressionCompiler::name).toList()));
                c.inProcedure = true;
                c.out.line(p.pos().line());
                c.scope(p.body());
                c.out.emit(new Return(false));
            }
        }
        for (ExpressionCompiler.PendingCall call : c.expressions.calls()) c.out.patch(call.at(), entries.get(call.procedure()));
        return c.out.build(scopes, analysis.parameters().stream().map(p -> name(p.name())).toList());
    }

    private void scope(List<Stmt> body) {
        labels = new HashMap<>();
        gotos = new ArrayList<>();
        gotoJumps = new ArrayList<>();
        statements(body);
        for (int i = 0; i < gotos.size(); i++) out.patch(gotoJumps.get(i), labels.get(name(gotos.get(i).label())));
    }

    void statements(List<Stmt> body) {
        for (Stmt s : body) statement(s);
    }

    private void statement(Stmt s) {
        out.line(s.pos().line());
        int start = out.here();
        switch (s) {
            case Stmt.Assign a -> assign(a);
            case Stmt.CallSub c -> expressions.call(c.name(), c.arguments(), false);
            case Stmt.CallDialog c -> { expr(c.name()); out.emit(new CallDialog()); }
            case Stmt.If i -> ifStatement(i);
            case Stmt.Select sel -> new SelectCompiler(this, out).compile(sel);
            case Stmt.ForTo f -> loops.forTo(f);
            case Stmt.ForEach f -> loops.forEach(f);
            case Stmt.Loop l -> loops.loop(l);
            case Stmt.Exit e -> loops.exit(e);
            case Stmt.Return r -> {
                if (r.value() != null) expr(r.value());
                out.emit(inProcedure ? new Return(r.value() != null) : new Halt(r.value() != null));
            }
            case Stmt.Label l -> labels.put(name(l.name()), out.here());
            case Stmt.Goto g -> { gotos.add(g); gotoJumps.add(out.emit(new Jump(-1))); }
            case Stmt.OnError o -> out.emit(new OnError(o.resumeNext()));
            case Stmt.Throw t -> { expr(t.message()); out.emit(new Throw()); }
            case Stmt.With w -> with(w);
            case Stmt.Talk t -> { expr(t.message()); out.emit(new Talk()); }
            case Stmt.Hear h -> {
                h.choices().forEach(this::expr);
                out.emit(new Hear(name(h.variable()), h.variable(), h.type(), h.choices().size()));
            }
            case Stmt.Wait w -> { expr(w.seconds()); out.emit(new Wait()); }
            case Stmt.AddSuggestion a -> {
                if (a.tool() != null) expr(a.tool());
                expr(a.label());
                expr(a.value());
                out.emit(new Suggest(a.tool() != null));
            }
            case Stmt.ClearSuggestions c -> out.emit(new ClearSuggestions());
            case Stmt.Capability c -> {
                c.arguments().forEach(this::expr);
                out.emit(new Capability(c.keyword(), c.arguments().size(), false));
            }
            case Stmt.Procedure p -> { }
            case Stmt.Param p -> { }
            case Stmt.Description d -> { }
            case Stmt.SystemPrompt p -> { }
            case Stmt.OnTable o -> { }
        }
        out.markStatement(start);
        out.resumeRange(start, out.here(), out.here());
    }

    void expr(Expr e) {
        expressions.compile(e);
    }

    private void assign(Stmt.Assign a) {
        switch (a.target()) {
            case Expr.Variable v -> { expr(a.value()); out.emit(new Store(name(v.name()))); }
            case Expr.Member m -> {
                expressions.container(m.target(), false);
                expr(a.value());
                out.emit(new SetMember(m.name()));
            }
            case Expr.Index i -> {
                expressions.container(i.target(), !(i.index() instanceof Expr.Literal l && l.value() instanceof org.botserver.domain.basic.value.TextValue));
                expr(i.index());
                expr(a.value());
                out.emit(new SetIndex());
            }
            default -> throw new IllegalStateException("parser only produces assignable targets");
        }
    }

    private void ifStatement(Stmt.If i) {
        List<Integer> ends = new ArrayList<>();
        for (Stmt.Branch b : i.branches()) {
            int conditionStart = out.here();
            expr(b.condition());
            int skip = out.emit(new JumpIfFalse(-1));
            out.resumeRange(conditionStart, skip + 1, skip + 1);
            statements(b.body());
            ends.add(out.emit(new Jump(-1)));
            out.patch(skip);
        }
        statements(i.otherwise());
        ends.forEach(out::patch);
    }

    private void with(Stmt.With w) {
        String subject = out.hiddenName("with");
        expressions.container(w.subject(), false);
        out.emit(new Store(subject));
        expressions.enterWith(subject);
        statements(w.body());
        expressions.leaveWith();
    }
}
