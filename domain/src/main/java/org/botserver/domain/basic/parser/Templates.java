package org.botserver.domain.basic.parser;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.Diagnostics;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.lexer.Lexer;
import org.botserver.domain.basic.lexer.Template;
import org.botserver.domain.basic.lexer.TokenType;
import org.botserver.domain.basic.value.TextValue;

/** Turns a string template into an expression, parsing each {@code ${}} part where it stands in the file. */
final class Templates {

    private Templates() {
    }

    static Expr expression(Template template, Pos pos, Diagnostics diagnostics) {
        List<Expr> parts = new ArrayList<>();
        for (Template.Segment segment : template.segments()) {
            switch (segment) {
                case Template.Text t -> parts.add(new Expr.Literal(new TextValue(t.text()), pos));
                case Template.Code c -> parts.add(code(c, diagnostics));
            }
        }
        if (parts.isEmpty()) return new Expr.Literal(TextValue.EMPTY, pos);
        if (parts.size() == 1 && parts.getFirst() instanceof Expr.Literal literal) return literal;
        return new Expr.Interpolation(parts, pos);
    }

    private static Expr code(Template.Code code, Diagnostics diagnostics) {
        Pos pos = new Pos(code.line(), code.column());
        if (code.source().isBlank()) {
            diagnostics.report(code.line(), code.column(), "Expect expression inside '${}'.");
            return new Expr.Literal(TextValue.EMPTY, pos);
        }
        TokenCursor in = new TokenCursor(new Lexer(code.source(), diagnostics, code.line(), code.column()).scan(),
                diagnostics);
        try {
            Expr expr = new ExpressionParser(in).expression();
            in.match(TokenType.NEWLINE);
            if (!in.atEnd()) throw in.error(in.peek(), "Expect '}' after interpolated expression.");
            return expr;
        } catch (ParseError e) {
            return new Expr.Literal(TextValue.EMPTY, pos);
        }
    }
}
