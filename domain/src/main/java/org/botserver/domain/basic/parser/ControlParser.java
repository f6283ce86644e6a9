package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.lexer.Token;

/** The block statements: IF, FOR, WHILE, DO and WITH here; SELECT CASE and SWITCH, SUB and FUNCTION delegated. */
final class ControlParser {

    private final Parser parser;
    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final SelectParser choices;
    private final ProcedureParser procedures;

    ControlParser(Parser parser, TokenCursor in, ExpressionParser expressions) {
        this.parser = parser;
        this.in = in;
        this.expressions = expressions;
        this.choices = new SelectParser(parser, in, expressions);
        this.procedures = new ProcedureParser(parser, in);
    }

    /** The statement if {@code first} opens a block, else null. */
    Stmt statement(Token first, Pos pos) {
        return switch (first.upper()) {
            case "IF" -> ifStatement(in.advance(), pos);
            case "SELECT" -> choices.selectStatement(in.advance(), pos);
            case "SWITCH" -> choices.switchStatement(in.advance(), pos);
            case "FOR" -> forStatement(in.advance(), pos);
            case "WHILE" -> whileStatement(in.advance(), pos);
            case "DO" -> doStatement(in.advance(), pos);
            case "SUB", "FUNCTION" -> procedures.procedure(in.advance(), pos);
            case "WITH" -> withStatement(in.advance(), pos);
            default -> null;
        };
    }

    private Stmt ifStatement(Token opener, Pos pos) {
        Expr condition = expressions.expression();
        in.expectWords("THEN", "Expect THEN after IF condition.");
        if (!in.check(NEWLINE) && !in.check(COLON)) {
            List<Stmt> then = parser.inlineBlock();
            List<Stmt> otherwise = in.matchWords("ELSE") ? parser.inlineBlock() : List.of();
            in.matchWords("END IF");
            return new Stmt.If(List.of(new Stmt.Branch(condition, then)), otherwise, pos);
        }
        List<Stmt.Branch> branches = new ArrayList<>();
        String[] ends = {"ELSEIF", "ELSE", "END IF", "ENDIF"};
        branches.add(new Stmt.Branch(condition, parser.block(opener, "END IF", ends)));
        List<Stmt> otherwise = List.of();
        while (true) {
            if (in.matchWords("ELSEIF") || in.matchWords("ELSE IF")) {
                Expr c = expressions.expression();
                in.expectWords("THEN", "Expect THEN after ELSEIF condition.");
                branches.add(new Stmt.Branch(c, parser.block(opener, "END IF", ends)));
            } else if (in.matchWords("ELSE")) {
                otherwise = parser.block(opener, "END IF", "END IF", "ENDIF");
            } else {
                if (!in.matchWords("END IF")) in.expectWords("ENDIF", "Expect END IF.");
                return new Stmt.If(branches, otherwise, pos);
            }
        }
    }

    private Stmt forStatement(Token opener, Pos pos) {
        if (in.matchWords("EACH")) {
            Token variable = in.expectName("Expect variable name after FOR EACH.");
            in.expectWords("IN", "Expect IN after FOR EACH variable.");
            Expr items = expressions.expression();
            List<Stmt> body = parser.block(opener, "NEXT", "NEXT");
            next();
            return new Stmt.ForEach(variable.text(), items, body, pos);
        }
        Token variable = in.expectName("Expect loop variable after FOR.");
        in.expect(EQUAL, "Expect '=' after FOR variable.");
        Expr from = expressions.expression();
        in.expectWords("TO", "Expect TO after FOR start value.");
        Expr to = expressions.expression();
        Expr step = in.matchWords("STEP") ? expressions.expression() : null;
        List<Stmt> body = parser.block(opener, "NEXT", "NEXT");
        next();
        return new Stmt.ForTo(variable.text(), from, to, step, body, pos);
    }

    private void next() {
        in.expectWords("NEXT", "Expect NEXT.");
        if (in.check(WORD) && !in.checkWords("ELSE")) in.advance();
    }

    private Stmt whileStatement(Token opener, Pos pos) {
        Expr condition = expressions.expression();
        List<Stmt> body = parser.block(opener, "WEND", "WEND", "END WHILE");
        if (!in.matchWords("WEND")) in.expectWords("END WHILE", "Expect WEND.");
        return new Stmt.Loop("WHILE", condition, false, false, body, pos);
    }

    private Stmt doStatement(Token opener, Pos pos) {
        Expr condition = null;
        boolean until = false;
        boolean after = false;
        if (in.matchWords("WHILE") || (until = in.matchWords("UNTIL"))) condition = expressions.expression();
        List<Stmt> body = parser.block(opener, "LOOP", "LOOP");
        in.expectWords("LOOP", "Expect LOOP.");
        if (condition == null && (in.matchWords("WHILE") || (until = in.matchWords("UNTIL")))) {
            condition = expressions.expression();
            after = true;
        }
        return new Stmt.Loop("DO", condition, until, after, body, pos);
    }

    private Stmt withStatement(Token opener, Pos pos) {
        Expr subject = expressions.expression();
        List<Stmt> body = parser.block(opener, "END WITH", "END WITH");
        in.expectWords("END WITH", "Expect END WITH.");
        return new Stmt.With(subject, body, pos);
    }
}
