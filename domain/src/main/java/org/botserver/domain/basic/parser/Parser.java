package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.Diagnostics;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.lexer.Lexer;
import org.botserver.domain.basic.lexer.Token;
import org.botserver.domain.basic.value.NullValue;

/**
 * Parses a BASIC file into statements. Each statement is parsed by the rule its first words name;
 * a broken statement is reported and skipped to the end of its line so every error is found at once.
 */
public final class Parser {

    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final ControlParser control;
    private final DialogParser dialog;
    private int inlineDepth;

    private Parser(TokenCursor in) {
        this.in = in;
        this.expressions = new ExpressionParser(in);
        this.control = new ControlParser(this, in, expressions);
        this.dialog = new DialogParser(in, expressions);
    }

    /** The statements of a file; problems go to {@code diagnostics}. */
    public static List<Stmt> parse(SourceFile source, Diagnostics diagnostics) {
        TokenCursor in = new TokenCursor(new Lexer(source.text(), diagnostics).scan(), diagnostics);
        Parser parser = new Parser(in);
        List<Stmt> program = new ArrayList<>();
        while (true) {
            in.skipSeparators();
            if (in.atEnd()) return program;
            parser.statementInto(program);
        }
    }

    /** Statements up to one of the terminator phrases (not consumed); an error at EOF names the opener. */
    List<Stmt> block(Token opener, String closer, String... terminators) {
        List<Stmt> body = new ArrayList<>();
        while (true) {
            in.skipSeparators();
            for (String t : terminators) {
                if (in.checkWords(t)) return body;
            }
            if (in.atEnd()) {
                throw in.error(opener, "Expect " + closer + " to close " + opener.upper() + " at line "
                        + opener.line() + ".");
            }
            statementInto(body);
        }
    }

    /** Statements of a one-line IF: {@code IF x THEN a : b ELSE c}. */
    List<Stmt> inlineBlock() {
        inlineDepth++;
        try {
            List<Stmt> body = new ArrayList<>();
            do {
                if (in.atStatementEnd() || in.checkWords("ELSE")) break;
                statementInto(body);
            } while (in.match(COLON));
            return body;
        } finally {
            inlineDepth--;
        }
    }

    private void statementInto(List<Stmt> out) {
        Token first = in.peek();
        try {
            out.add(statement());
            if (!in.atStatementEnd() && !(inlineDepth > 0 && in.checkWords("ELSE"))) {
                throw in.error(in.peek(), "Expect end of statement, found '" + describe(in.peek()) + "'.");
            }
        } catch (ParseError e) {
            in.synchronize();
            skipBodyOf(first);
        }
    }

    /** After a broken loop or SUB header, its body is still parsed (for its own errors) so its END does not dangle. */
    private void skipBodyOf(Token opener) {
        String closer = switch (opener.type() == WORD ? opener.upper() : "") {
            case "FOR" -> "NEXT";
            case "WHILE" -> "WEND";
            case "DO" -> "LOOP";
            case "SUB" -> "END SUB";
            case "FUNCTION" -> "END FUNCTION";
            case "WITH" -> "END WITH";
            default -> null;
        };
        if (closer == null || in.previous().line() != opener.line() && !in.check(NEWLINE)) return;
        try {
            block(opener, closer, closer, "END WHILE");
            in.synchronize();
        } catch (ParseError e) {
            in.synchronize();
        }
    }

    private Stmt statement() {
        Token first = in.peek();
        Pos pos = in.pos();
        if (first.type() == DOT) return assignment(pos);
        if (first.type() != WORD) throw in.error(first, "Expect statement, found '" + describe(first) + "'.");
        if (in.peek(1).type() == COLON && in.peek(2).type() == NEWLINE && !Reserved.is(first.text())) {
            in.advance();
            in.advance();
            return new Stmt.Label(first.text(), pos);
        }
        if (!Reserved.is(first.text()) && looksLikeAssignment()) return assignment(pos);
        Stmt controlStatement = control.statement(first, pos);
        if (controlStatement != null) return controlStatement;
        Stmt dialogStatement = dialog.statement(first, pos);
        if (dialogStatement != null) return dialogStatement;
        return simple(first, pos);
    }

    /** {@code name}, then any {@code .member} or {@code [index]}, then '=': an assignment without LET. */
    private boolean looksLikeAssignment() {
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

    private Stmt simple(Token first, Pos pos) {
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
            case "ON" -> { in.advance(); return onError(pos); }
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

    private Stmt assignment(Pos pos) {
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

    static String describe(Token t) {
        return switch (t.type()) {
            case NEWLINE -> "end of line";
            case EOF -> "end of file";
            default -> t.text();
        };
    }
}
