package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.value.NumberValue;

/** The precedence levels below comparison: concatenation, sums, products, unary minus, power and postfix access. */
final class ArithmeticParser {

    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final PrimaryParser primaries;

    ArithmeticParser(TokenCursor in, ExpressionParser expressions, PrimaryParser primaries) {
        this.in = in;
        this.expressions = expressions;
        this.primaries = primaries;
    }

    Expr concatenation() {
        Expr left = additive();
        while (in.check(AMPERSAND)) {
            Pos pos = in.operator();
            left = new Expr.Binary(BinaryOp.CONCAT, left, additive(), pos);
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (in.check(PLUS) || in.check(MINUS)) {
            BinaryOp op = in.check(PLUS) ? BinaryOp.ADD : BinaryOp.SUBTRACT;
            Pos pos = in.operator();
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
            Pos pos = in.operator();
            left = new Expr.Binary(op, left, unary(), pos);
        }
    }

    private Expr unary() {
        if (in.check(MINUS)) {
            Pos pos = in.operator();
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
        Expr base = postfix(primaries.primary());
        if (in.check(CARET)) {
            Pos pos = in.operator();
            return new Expr.Binary(BinaryOp.POWER, base, unary(), pos);
        }
        return base;
    }

    /** Member access and indexing after an operand or assignment target: {@code a.b[i].c}. */
    Expr postfix(Expr target) {
        while (true) {
            if (in.check(DOT) && in.peek(1).type() == WORD) {
                Pos pos = in.operator();
                target = new Expr.Member(target, in.advance().text(), pos);
            } else if (in.check(LEFT_BRACKET)) {
                Pos pos = in.operator();
                Expr index = expressions.expression();
                in.expect(RIGHT_BRACKET, "Expect ']' after index.");
                target = new Expr.Index(target, index, pos);
            } else {
                return target;
            }
        }
    }

}
