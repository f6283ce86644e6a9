package org.botserver.domain.basic.parser;

import static org.botserver.domain.basic.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.ast.Expr;
import org.botserver.domain.basic.ast.Pos;
import org.botserver.domain.basic.lexer.TokenType;

/**
 * Expressions, one method per precedence level, lowest first: OR, AND, NOT and the comparisons here;
 * concatenation and arithmetic down to postfix access in {@link ArithmeticParser}; operands in {@link PrimaryParser}.
 */
final class ExpressionParser {

    private final TokenCursor in;
    private final ListParser lists;
    private final ArithmeticParser arithmetic;

    ExpressionParser(TokenCursor in) {
        this.in = in;
        this.lists = new ListParser(in, this);
        this.arithmetic = new ArithmeticParser(in, this, new PrimaryParser(in, this, lists));
    }

    Expr expression() {
        return or();
    }

    /** Member access and indexing after an assignment target: {@code a.b[i].c = …}. */
    Expr postfix(Expr target) {
        return arithmetic.postfix(target);
    }

    /** A comma-separated list: {@code a, b, c}. */
    List<Expr> list() {
        List<Expr> items = new ArrayList<>();
        do {
            items.add(expression());
        } while (in.match(COMMA));
        return items;
    }

    /** Arguments of a capability keyword or SUB: {@code (a, b)} or {@code a, b} up to the end of the statement. */
    List<Expr> capabilityArguments() {
        return lists.capabilityArguments();
    }

    /** The comparison a token spells ({@code <=}), or null; also used by {@code CASE IS}. */
    static BinaryOp comparison(TokenType type) {
        return switch (type) {
            case EQUAL -> BinaryOp.EQUAL;
            case NOT_EQUAL -> BinaryOp.NOT_EQUAL;
            case LESS -> BinaryOp.LESS;
            case LESS_EQUAL -> BinaryOp.LESS_EQUAL;
            case GREATER -> BinaryOp.GREATER;
            case GREATER_EQUAL -> BinaryOp.GREATER_EQUAL;
            default -> null;
        };
    }

    private Expr or() {
        Expr left = and();
        while (in.checkWords("OR")) {
            Pos pos = in.operator();
            left = new Expr.Logical(false, left, and(), pos);
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (in.checkWords("AND")) {
            Pos pos = in.operator();
            left = new Expr.Logical(true, left, not(), pos);
        }
        return left;
    }

    private Expr not() {
        if (in.checkWords("NOT")) {
            Pos pos = in.operator();
            return new Expr.Unary(true, not(), pos);
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = arithmetic.concatenation();
        while (true) {
            BinaryOp op = comparison(in.peek().type());
            if (op == null && in.checkWords("IN")) op = BinaryOp.IN;
            if (op == null) return left;
            Pos pos = in.operator();
            left = new Expr.Binary(op, left, arithmetic.concatenation(), pos);
        }
    }

}
