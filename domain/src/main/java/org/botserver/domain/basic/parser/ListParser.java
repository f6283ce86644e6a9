package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.lexer.Token;
import org.botserver.domain.basic.lexer.TokenType;

/** The comma-separated lists inside expressions: call and capability arguments, array and object literals. */
final class ListParser {

    private final TokenCursor in;
    private final ExpressionParser expressions;

    ListParser(TokenCursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    /** {@code (a, b)} after a function name. */
    List<Expr> callArguments() {
        in.expect(LEFT_PAREN, "Expect '(' after function name.");
        return items(RIGHT_PAREN, "Expect ')' after arguments.");
    }

    /** Arguments of a capability keyword: {@code (a, b)} or {@code a, b} up to the end of the statement. */
    List<Expr> capabilityArguments() {
        if (in.check(LEFT_PAREN)) {
            in.advance();
            return items(RIGHT_PAREN, "Expect ')' after arguments.");
        }
        if (in.atStatementEnd() || in.check(RIGHT_PAREN) || in.checkWords("THEN") || in.checkWords("ELSE")) {
            return List.of();
        }
        return expressions.list();
    }

    /** Comma-separated expressions up to {@code close}; a trailing comma is allowed. */
    List<Expr> items(TokenType close, String message) {
        List<Expr> items = new ArrayList<>();
        if (!in.check(close)) {
            do {
                if (in.check(close)) break;
                items.add(expressions.expression());
            } while (in.match(COMMA));
        }
        in.expect(close, message);
        return items;
    }

    Expr objectLiteral(Pos pos) {
        List<String> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!in.check(RIGHT_BRACE)) {
            Token key = in.peek();
            if (key.type() == STRING) {
                keys.add(key.template().plain());
            } else if (key.type() == WORD) {
                keys.add(key.text());
            } else {
                throw in.error(key, "Expect field name in object literal.");
            }
            in.advance();
            in.expect(COLON, "Expect ':' after field name.");
            values.add(expressions.expression());
            if (!in.match(COMMA)) break;
        }
        in.expect(RIGHT_BRACE, "Expect '}' after object fields.");
        return new Expr.ObjectLiteral(keys, values, pos);
    }
}
