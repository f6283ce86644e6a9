package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.lexer.Token;

/** The multi-way branches: {@code SELECT CASE} (values, ranges, {@code CASE IS}, {@code CASE ELSE}) and {@code SWITCH}. */
final class SelectParser {

    private final Parser parser;
    private final TokenCursor in;
    private final ExpressionParser expressions;

    SelectParser(Parser parser, TokenCursor in, ExpressionParser expressions) {
        this.parser = parser;
        this.in = in;
        this.expressions = expressions;
    }

    Stmt selectStatement(Token opener, Pos pos) {
        in.expectWords("CASE", "Expect CASE after SELECT.");
        Expr subject = expressions.expression();
        List<Stmt.Case> cases = new ArrayList<>();
        List<Stmt> otherwise = List.of();
        in.skipSeparators();
        while (!in.matchWords("END SELECT")) {
            Token caseToken = in.peek();
            in.expectWords("CASE", "Expect CASE or END SELECT inside SELECT CASE.");
            if (in.matchWords("ELSE")) {
                otherwise = parser.block(opener, "END SELECT", "CASE", "END SELECT");
            } else {
                List<Stmt.CaseTest> tests = caseTests();
                cases.add(new Stmt.Case(tests, parser.block(caseToken, "END SELECT", "CASE", "END SELECT")));
            }
        }
        return new Stmt.Select(subject, cases, otherwise, pos);
    }

    private List<Stmt.CaseTest> caseTests() {
        List<Stmt.CaseTest> tests = new ArrayList<>();
        do {
            if (in.matchWords("IS")) {
                BinaryOp op = ExpressionParser.comparison(in.advance().type());
                if (op == null) throw in.error(in.previous(), "Expect comparison after CASE IS.");
                tests.add(new Stmt.CaseTest(op, expressions.expression(), null));
            } else {
                Expr value = expressions.expression();
                Expr upTo = in.matchWords("TO") ? expressions.expression() : null;
                tests.add(new Stmt.CaseTest(BinaryOp.EQUAL, value, upTo));
            }
        } while (in.match(COMMA));
        return tests;
    }

    Stmt switchStatement(Token opener, Pos pos) {
        Expr subject = expressions.expression();
        List<Stmt.Case> cases = new ArrayList<>();
        List<Stmt> otherwise = List.of();
        in.skipSeparators();
        while (!in.matchWords("END SWITCH")) {
            Token caseToken = in.peek();
            if (in.matchWords("DEFAULT") || in.matchWords("CASE ELSE")) {
                otherwise = parser.block(opener, "END SWITCH", "CASE", "DEFAULT", "END SWITCH");
                continue;
            }
            in.expectWords("CASE", "Expect CASE, DEFAULT or END SWITCH inside SWITCH.");
            List<Stmt.CaseTest> tests = new ArrayList<>();
            for (Expr value : expressions.list()) tests.add(new Stmt.CaseTest(BinaryOp.EQUAL, value, null));
            cases.add(new Stmt.Case(tests, parser.block(caseToken, "END SWITCH", "CASE", "DEFAULT", "END SWITCH")));
        }
        return new Stmt.Select(subject, cases, otherwise, pos);
    }
}
