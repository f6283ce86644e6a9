package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.lexer.Token;
import org.botserver.domain.basic.lexer.TokenType;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;

/** Expressions, one method per precedence level, lowest first (OR) down to primary values. */
final class ExpressionParser {

    private final TokenCursor in;

    ExpressionParser(TokenCursor in) {
        this.in = in;
    }

    Expr expression() {
        return or();
    }

    /** A comma-separated list: {@code a, b, c}. */
    List<Expr> list() {
        List<Expr> items = new ArrayList<>();
        do {
            items.add(expression());
        } while (in.match(COMMA));
        return items;
    }

    private Expr or() {
        Expr left = and();
        while (in.checkWords("OR")) {
            Pos pos = opPos();
            left = new Expr.Logical(false, left, and(), pos);
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (in.checkWords("AND")) {
            Pos pos = opPos();
            left = new Expr.Logical(true, left, not(), pos);
        }
        return left;
    }

    private Expr not() {
        if (in.checkWords("NOT")) {
            Pos pos = opPos();
            return new Expr.Unary(true, not(), pos);
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = concatenation();
        while (true) {
            BinaryOp op = switch (in.peek().type()) {
                case EQUAL -> BinaryOp.EQUAL;
                case NOT_EQUAL -> BinaryOp.NOT_EQUAL;
                case LESS -> BinaryOp.LESS;
                case LESS_EQUAL -> BinaryOp.LESS_EQUAL;
                case GREATER -> BinaryOp.GREATER;
                case GREATER_EQUAL -> BinaryOp.GREATER_EQUAL;
                default -> in.checkWords("IN") ? BinaryOp.IN : null;
            };
            if (op == null) return left;
            Pos pos = opPos();
            left = new Expr.Binary(op, left, concatenation(), pos);
        }
    }

    private Expr concatenation() {
        Expr left = additive();
        while (in.check(AMPERSAND)) {
            Pos pos = opPos();
            left = new Expr.Binary(BinaryOp.CONCAT, left, additive(), pos);
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (in.check(PLUS) || in.check(MINUS)) {
            BinaryOp op = in.check(PLUS) ? BinaryOp.ADD : BinaryOp.SUBTRACT;
            Pos pos = opPos();
            left = new Expr.Binary(op, left, multiplicative(), pos);
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (true) {
            BinaryOp op = switch (in.peek().type()) {
                case STAR -> BinaryOp.MULTIPLY;
                case SLASH -> BinaryOp.DIVIDE;
                case BACKSLASH -> BinaryOp.INT_DIVIDE;
                default -> in.checkWords("MOD") ? BinaryOp.MOD : null;
            };
            if (op == null) return left;
            Pos pos = opPos();
            left = new Expr.Binary(op, left, unary(), pos);
        }
    }

    private Expr unary() {
        if (in.check(MINUS)) {
            Pos pos = opPos();
            Expr operand = unary();
            if (operand instanceof Expr.Literal(NumberValue n, Pos ignored)) {
                return new Expr.Literal(new NumberValue(n.value().negate()), pos);
            }
            return new Expr.Unary(false, operand, pos);
        }
        if (in.match(PLUS)) return unary();
        return power();
    }

    private Expr power() {
        Expr base = postfix(primary());
        if (in.check(CARET)) {
            Pos pos = opPos();
            return new Expr.Binary(BinaryOp.POWER, base, unary(), pos);
        }
        return base;
    }

    Expr postfix(Expr target) {
        while (true) {
            if (in.check(DOT) && in.peek(1).type() == WORD) {
                Pos pos = opPos();
                target = new Expr.Member(target, in.advance().text(), pos);
            } else if (in.check(LEFT_BRACKET)) {
                Pos pos = opPos();
                Expr index = expression();
                in.expect(RIGHT_BRACKET, "Expect ']' after index.");
                target = new Expr.Index(target, index, pos);
            } else {
                return target;
            }
        }
    }

    private Expr primary() {
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
                Expr inner = expression();
                in.expect(RIGHT_PAREN, "Expect ')' after expression.");
                return inner;
            }
            case LEFT_BRACKET -> {
                in.advance();
                return new Expr.ArrayLiteral(items(RIGHT_BRACKET, "Expect ']' after array elements."), pos);
            }
            case LEFT_BRACE -> {
                in.advance();
                return objectLiteral(pos);
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
                // handled below
            }
        }
        Optional<String> keyword = CapabilityKeywords.match(in, true);
        if (keyword.isPresent()) return new Expr.Capability(keyword.get(), capabilityArguments(), pos);
        if (in.matchWords("JSON PARSE")) return new Expr.Call("JSON PARSE", callArguments(), pos);
        if (Reserved.is(t.text())) throw in.error(t, "Expect expression, found " + t.upper() + ".");
        in.advance();
        if (in.check(LEFT_PAREN)) return new Expr.Call(t.upper(), callArguments(), pos);
        String upper = t.text().toUpperCase(Locale.ROOT);
        if (upper.equals("NOW") || upper.equals("TODAY") || upper.equals("UUID")) {
            return new Expr.Call(upper, List.of(), pos);
        }
        return new Expr.Variable(t.text(), pos);
    }

    /** {@code (a, b)} after a function name. */
    private List<Expr> callArguments() {
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
        return list();
    }

    private List<Expr> items(TokenType close, String message) {
        List<Expr> items = new ArrayList<>();
        if (!in.check(close)) {
            do {
                if (in.check(close)) break;
                items.add(expression());
            } while (in.match(COMMA));
        }
        in.expect(close, message);
        return items;
    }

    private Expr objectLiteral(Pos pos) {
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
            values.add(expression());
            if (!in.match(COMMA)) break;
        }
        in.expect(RIGHT_BRACE, "Expect '}' after object fields.");
        return new Expr.ObjectLiteral(keys, values, pos);
    }

    private Pos opPos() {
        Pos pos = in.pos();
        in.advance();
        return pos;
    }
}
