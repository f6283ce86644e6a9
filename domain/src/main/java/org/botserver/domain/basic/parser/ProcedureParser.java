package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.lexer.Token;

/** {@code SUB name(a, b) … END SUB} and {@code FUNCTION name(a) AS type … END FUNCTION}, which do not nest. */
final class ProcedureParser {

    private final Parser parser;
    private final TokenCursor in;
    private boolean inProcedure;

    ProcedureParser(Parser parser, TokenCursor in) {
        this.parser = parser;
        this.in = in;
    }

    Stmt procedure(Token opener, Pos pos) {
        boolean function = opener.is("FUNCTION");
        if (inProcedure) throw in.error(opener, opener.upper() + " cannot be declared inside another SUB or FUNCTION.");
        Token name = in.expectName("Expect name after " + opener.upper() + ".");
        List<String> parameters = new ArrayList<>();
        if (in.match(LEFT_PAREN) && !in.match(RIGHT_PAREN)) {
            do {
                if (in.checkWords("BYVAL") || in.checkWords("BYREF")) in.advance();
                parameters.add(in.expectName("Expect parameter name.").text());
                if (in.matchWords("AS")) in.expectName("Expect type after AS.");
            } while (in.match(COMMA));
            in.expect(RIGHT_PAREN, "Expect ')' after parameters.");
        }
        if (in.matchWords("AS")) in.expectName("Expect type after AS.");
        String end = "END " + opener.upper();
        inProcedure = true;
        try {
            List<Stmt> body = parser.block(opener, end, end);
            in.expectWords(end, "Expect " + end + ".");
            return new Stmt.Procedure(name.text(), parameters, function, body, pos);
        } finally {
            inProcedure = false;
        }
    }
}
