package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.ast.Stmt;
import org.botserver.domain.basic.lexer.Token;

/** The tool declarations: {@code PARAM name AS type [LIKE …] [DESCRIPTION …] [ENUM […]] [OPTIONAL]} and DESCRIPTION. */
final class ToolParser {

    private final TokenCursor in;

    ToolParser(TokenCursor in) {
        this.in = in;
    }

    Stmt statement(Pos pos) {
        if (in.matchWords("DESCRIPTION")) return new Stmt.Description(text("DESCRIPTION"), pos);
        in.expectWords("PARAM", "Expect PARAM.");
        Token name = in.expectName("Expect parameter name after PARAM.");
        String type = "STRING";
        if (in.matchWords("AS")) type = in.expectName("Expect a type after AS.").upper();
        String example = null;
        String description = null;
        List<String> choices = List.of();
        boolean optional = false;
        while (!in.atStatementEnd()) {
            if (in.matchWords("LIKE")) example = text("LIKE");
            else if (in.matchWords("DESCRIPTION")) description = text("DESCRIPTION");
            else if (in.matchWords("ENUM")) choices = choices();
            else if (in.matchWords("OPTIONAL")) optional = true;
            else if (in.matchWords("REQUIRED")) optional = false;
            else throw in.error(in.peek(), "Expect LIKE, DESCRIPTION, ENUM or OPTIONAL in PARAM.");
        }
        return new Stmt.Param(name.text(), type, example, description, choices, optional, pos);
    }

    private String text(String clause) {
        Token t = in.peek();
        if (t.type() == STRING) {
            in.advance();
            return t.template().plain();
        }
        if (t.type() == NUMBER) {
            in.advance();
            return t.text();
        }
        throw in.error(t, "Expect a text literal after " + clause + ".");
    }

    private List<String> choices() {
        Token open = in.expect(LEFT_BRACKET, "Expect '[' after ENUM.");
        List<String> values = new ArrayList<>();
        if (!in.check(RIGHT_BRACKET)) {
            do {
                values.add(text("ENUM"));
            } while (in.match(COMMA));
        }
        in.expect(RIGHT_BRACKET, "Expect ']' after ENUM values.");
        if (values.isEmpty()) throw in.error(open, "ENUM needs at least one value.");
        return values;
    }
}
