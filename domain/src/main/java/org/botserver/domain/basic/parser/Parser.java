package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.Diagnostics;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.lexer.Lexer;
import org.botserver.domain.basic.lexer.Token;

/**
 * Parses a BASIC file into statements. Each statement is parsed by the rule its first words name;
 * a broken statement is reported and skipped to the end of its line so every error is found at once.
 */
public final class Parser {

    private final TokenCursor in;
    private final ControlParser control;
    private final DialogParser dialog;
    private final LineParser lines;
    private int inlineDepth;

    private Parser(TokenCursor in) {
        this.in = in;
        ExpressionParser expressions = new ExpressionParser(in);
        this.control = new ControlParser(this, in, expressions);
        this.dialog = new DialogParser(in, expressions);
        this.lines = new LineParser(in, expressions);
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
        if (first.type() == DOT) return lines.assignment(pos);
        if (first.type() != WORD) throw in.error(first, "Expect statement, found '" + describe(first) + "'.");
        if (in.peek(1).type() == COLON && in.peek(2).type() == NEWLINE && !Reserved.is(first.text())) {
            in.advance();
            in.advance();
            return new Stmt.Label(first.text(), pos);
        }
        if (!Reserved.is(first.text()) && lines.startsAssignment()) return lines.assignment(pos);
        Stmt controlStatement = control.statement(first, pos);
        if (controlStatement != null) return controlStatement;
        Stmt dialogStatement = dialog.statement(first, pos);
        if (dialogStatement != null) return dialogStatement;
        return lines.statement(first, pos);
    }

    static String describe(Token t) {
        return switch (t.type()) {
            case NEWLINE -> "end of line";
            case EOF -> "end of file";
            default -> t.text();
        };
    }
}
