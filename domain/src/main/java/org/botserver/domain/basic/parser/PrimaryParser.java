package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.lexer.Token;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;

/**
 * The operands of expressions: number, string (with interpolation), array and object literals,
 * parentheses, TRUE/FALSE/NULL, ERROR, variables, function calls and value-returning capability keywords.
 */
final class PrimaryParser {

    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final ListParser lists;

    PrimaryParser(TokenCursor in, ExpressionParser expressions, ListParser lists) {
        this.in = in;
        this.expressions = expressions;
        this.lists = lists;
    }

    Expr primary() {
        Token t = in.peek();
        Pos pos = in.pos();
        switch (t.type()) {
            case NUMBER -> {
                in.advance();
                return new Expr.Literal(new NumberValue((BigDecimal) t.literal()), pos);
            }
            case STRING -> {
                in.advance();
                return Templates.expression(t.template(), pos, in.diagnostics());
            }
            case LEFT_PAREN -> {
                in.advance();
                Expr inner = expressions.expression();
                in.expect(RIGHT_PAREN, "Expect ')' after expression.");
                return inner;
            }
            case LEFT_BRACKET -> {
                in.advance();
                return new Expr.ArrayLiteral(lists.items(RIGHT_BRACKET, "Expect ']' after array elements."), pos);
            }
            case LEFT_BRACE -> {
                in.advance();
                return lists.objectLiteral(pos);
            }
            case DOT -> {
                if (in.peek(1).type() == WORD) return new Expr.WithSubject(pos);
                throw in.error(t, "Expect expression.");
            }
            case WORD -> {
                return word(t, pos);
            }
            default -> throw in.error(t, "Expect expression.");
        }
    }

    private Expr word(Token t, Pos pos) {
        switch (t.upper()) {
            case "TRUE" -> { in.advance(); return new Expr.Literal(BoolValue.TRUE, pos); }
            case "FALSE" -> { in.advance(); return new Expr.Literal(BoolValue.FALSE, pos); }
            case "NULL", "NOTHING" -> { in.advance(); return new Expr.Literal(NullValue.NULL, pos); }
            case "ERROR" -> {
                in.advance();
                return new Expr.ErrorState(in.matchWords("MESSAGE"), pos);
            }
            default -> {
                // a keyword phrase, a call or a variable
            }
        }
        Optional<String> keyword = CapabilityKeywords.match(in, true);
        if (keyword.isPresent()) {
            List<Expr> arguments = new ArrayList<>(lists.capabilityArguments());
            if (keyword.get().equals("USE WEBSITE") && in.matchWords("REFRESH")) arguments.add(expressions.expression());
            return new Expr.Capability(keyword.get(), arguments, pos);
        }
        if (in.matchWords("JSON PARSE")) return new Expr.Call("JSON PARSE", lists.callArguments(), pos);
        if (Reserved.is(t.text())) throw in.error(t, "Expect expression, found " + t.upper() + ".");
        in.advance();
        if (in.check(LEFT_PAREN)) return new Expr.Call(t.upper(), lists.callArguments(), pos);
        if (t.is("NOW") || t.is("TODAY") || t.is("UUID")) return new Expr.Call(t.upper(), List.of(), pos);
        return new Expr.Variable(t.text(), pos);
    }
}
