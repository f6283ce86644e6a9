package org.botserver.domain.basic.ast;

import java.util.List;

/** A BASIC statement. */
public sealed interface Stmt {

    Pos pos();

    /** {@code target = value}; the target is a Variable, Member or Index expression. */
    record Assign(Expr target, Expr value, Pos pos) implements Stmt {
    }

    /** Calling a SUB or FUNCTION for its effect: {@code CALL Greet("Ana")} or {@code Greet "Ana"}. */
    record CallSub(String name, List<Expr> arguments, Pos pos) implements Stmt {
    }

    /** {@code CALL "other"}: runs another dialog of the same bot, then continues here. */
    record CallDialog(Expr name, Pos pos) implements Stmt {
    }

    record If(List<Branch> branches, List<Stmt> otherwise, Pos pos) implements Stmt {
    }

    record Branch(Expr condition, List<Stmt> body) {
    }

    /** SELECT CASE and SWITCH. */
    record Select(Expr subject, List<Case> cases, List<Stmt> otherwise, Pos pos) implements Stmt {
    }

    record Case(List<CaseTest> tests, List<Stmt> body) {
    }

    /** One test of a CASE: a value, a range {@code 1 TO 5}, or {@code IS > 3}. */
    record CaseTest(BinaryOp op, Expr value, Expr upTo) {
    }

    record ForTo(String variable, Expr from, Expr to, Expr step, List<Stmt> body, Pos pos) implements Stmt {
    }

    record ForEach(String variable, Expr items, List<Stmt> body, Pos pos) implements Stmt {
    }

    /**
     * WHILE…WEND and every DO…LOOP form: {@code until} negates the condition, {@code testAfter}
     * checks it after the body, and a null condition loops until EXIT.
     */
    record Loop(String kind, Expr condition, boolean until, boolean testAfter, List<Stmt> body, Pos pos)
            implements Stmt {
    }

    /** EXIT FOR/WHILE/DO/SUB/FUNCTION, or a bare EXIT (or END) that ends the dialog. */
    record Exit(String what, Pos pos) implements Stmt {
    }

    record Procedure(String name, List<String> parameters, boolean function, List<Stmt> body, Pos pos)
            implements Stmt {
    }

    record Return(Expr value, Pos pos) implements Stmt {
    }

    record Label(String name, Pos pos) implements Stmt {
    }

    record Goto(String label, Pos pos) implements Stmt {
    }

    /** ON ERROR RESUME NEXT ({@code resumeNext}) or ON ERROR GOTO 0. */
    record OnError(boolean resumeNext, Pos pos) implements Stmt {
    }

    /** ON INSERT OF / ON UPDATE OF / ON DELETE OF "table": a declaration that the dialog handles a table event. */
    record OnTable(String kind, String table, Pos pos) implements Stmt {
    }

    record Throw(Expr message, Pos pos) implements Stmt {
    }

    record With(Expr subject, List<Stmt> body, Pos pos) implements Stmt {
    }

    /** TALK, PRINT and BEGIN TALK … END TALK. */
    record Talk(Expr message, Pos pos) implements Stmt {
    }

    /** HEAR var [AS type | AS "a", "b"…]; type is null for free text. */
    record Hear(String variable, String type, List<Expr> choices, Pos pos) implements Stmt {
    }

    record Wait(Expr seconds, Pos pos) implements Stmt {
    }

    /** ADD SUGGESTION: {@code tool} names a tool to run, otherwise {@code value} is sent as the user's reply. */
    record AddSuggestion(Expr value, Expr label, Expr tool, Pos pos) implements Stmt {
    }

    record ClearSuggestions(Pos pos) implements Stmt {
    }

    /** A keyword performed by the application (USE KB, SAVE, SET BOT MEMORY, SEND MAIL…). */
    record Capability(String keyword, List<Expr> arguments, Pos pos) implements Stmt {
    }

    /** PARAM of a tool: declares an argument the caller passes in. */
    record Param(String name, String type, String example, String description, List<String> choices,
                 boolean optional, Pos pos) implements Stmt {
    }

    /** DESCRIPTION of a tool. */
    record Description(String text, Pos pos) implements Stmt {
    }

    /** BEGIN SYSTEM PROMPT … END SYSTEM PROMPT. */
    record SystemPrompt(String text, Pos pos) implements Stmt {
    }
}
