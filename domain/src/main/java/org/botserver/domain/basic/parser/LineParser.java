package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.util.List;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.lexer.Token;
import org.botserver.domain.basic.value.NullValue;

/**
 * The one-line statements that are neither blocks nor dialog: assignment (plain, LET, SET, DIM), CALL
 * and SUB calls, RETURN, GOTO, ON ERROR and the ON … OF table events, THROW, EXIT and END.
 */
final class LineParser {

    private final TokenCursor in;
    private final ExpressionParser expressions;

    LineParser(TokenCursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    /** {@code name}, then any {@code .member} or {@code [index]}, then '=': an assignment without LET. */
    boolean startsAssignment() {
        int i = 1;
        while (true) {
            switch (in.peek(i).type()) {
                case EQUAL -> { return true; }
                case DOT -> {
                    if (in.peek(i + 1).type() != WORD) return false;
                    i += 2;
                }
                case LEFT_BRACKET -> {
                    int depth = 0;
                    do {
                        if (in.peek(i).type() == LEFT_BRACKET) depth++;
                        if (in.peek(i).type() == RIGHT_BRACKET) depth--;
                        if (in.peek(i).type() == NEWLINE || in.peek(i).type() == EOF) return false;
                        i++;
                    } while (depth > 0);
                }
                default -> { return false; }
            }
        }
    }

    Stmt statement(Token first, Pos pos) {
        switch (first.upper()) {
            case "LET" -> { in.advance(); return assignment(pos); }
            case "SET" -> { in.advance(); return assignment(pos); }
            case "DIM" -> {
                in.advance();
                Token name = in.expectName("Expect variable name after DIM.");
                if (in.matchWords("AS")) in.expectName("Expect type after AS.");
                return new Stmt.Assign(new Expr.Variable(name.text(), pos), new Expr.Literal(NullValue.NULL, pos), pos);
            }
            case "CALL" -> { in.advance(); return call(pos); }
            case "RETURN" -> {
                in.advance();
                return new Stmt.Return(in.atStatementEnd() || in.checkWords("ELSE") ? null : expressions.expression(), pos);
            }
            case "GOTO" -> {
                in.advance();
                return new Stmt.Goto(in.expectName("Expect label after GOTO.").text(), pos);
            }
            case "ON" -> { in.advance(); return on(pos); }
            case "THROW" -> { in.advance(); return new Stmt.Throw(expressions.expression(), pos); }
            case "EXIT" -> {
                in.advance();
                for (String what : List.of("FOR", "WHILE", "DO", "SUB", "FUNCTION")) {
                    if (in.matchWords(what)) return new Stmt.Exit(what, pos);
                }
                return new Stmt.Exit("", pos);
            }
            case "END" -> {
                if (in.peek(1).type() == NEWLINE || in.peek(1).type() == EOF || in.peek(1).type() == COLON) {
                    in.advance();
                    return new Stmt.Exit("", pos);
                }
                throw in.error(first, "Unexpected END " + in.peek(1).text().toUpperCase() + " without its opening statement.");
            }
            default -> {
                if (Reserved.is(first.text())) {
                    throw in.error(first, "Unexpected " + first.upper() + " without its opening statement.");
                }
                in.advance();
                return new Stmt.CallSub(first.text(), subArguments(), pos);
            }
        }
    }

    Stmt assignment(Pos pos) {
        Expr target;
        if (in.check(DOT)) {
            target = expressions.postfix(new Expr.WithSubject(pos));
        } else {
            Token name = in.expectName("Expect variable name.");
            target = expressions.postfix(new Expr.Variable(name.text(), pos));
        }
        in.expect(EQUAL, "Expect '=' after variable name.");
        return new Stmt.Assign(target, expressions.expression(), pos);
    }

    private Stmt call(Pos pos) {
        if (in.check(STRING)) return new Stmt.CallDialog(expressions.expression(), pos);
        Token name = in.expectName("Expect SUB name or dialog name after CALL.");
        return new Stmt.CallSub(name.text(), subArguments(), pos);
    }

    private List<Expr> subArguments() {
        if (in.atStatementEnd() || in.checkWords("ELSE")) return List.of();
        return expressions.capabilityArguments();
    }

    /** ON ERROR …, or the table-event declarations ON INSERT OF / ON UPDATE OF / ON DELETE OF "table". */
    private Stmt on(Pos pos) {
        for (String kind : List.of("INSERT", "UPDATE", "DELETE")) {
            if (in.matchWords(kind)) {
                in.expectWords("OF", "Expect OF after ON " + kind + ".");
                Token table = in.expect(STRING, "Expect a table name in quotes after ON " + kind + " OF.");
                return new Stmt.OnTable(kind, table.template().plain(), pos);
            }
        }
        if (!in.checkWords("ERROR")) throw in.error(in.peek(), "Expect ERROR, INSERT OF, UPDATE OF or DELETE OF after ON.");
        return onError(pos);
    }

    private Stmt onError(Pos pos) {
        in.expectWords("ERROR", "Expect ERROR after ON.");
        if (in.matchWords("RESUME NEXT")) return new Stmt.OnError(true, pos);
        if (in.matchWords("GOTO")) {
            Token target = in.expect(NUMBER, "Only ON ERROR GOTO 0 is supported; use ON ERROR RESUME NEXT to trap errors.");
            if (!target.text().equals("0")) throw in.error(target, "Only ON ERROR GOTO 0 is supported.");
            return new Stmt.OnError(false, pos);
        }
        throw in.error(in.peek(), "Expect RESUME NEXT or GOTO 0 after ON ERROR.");
    }
}
