package org.botserver.domain.basic.ast;

import java.util.List;
import org.botserver.domain.basic.value.Value;

/** A BASIC expression. */
public sealed interface Expr {

    Pos pos();

    record Literal(Value value, Pos pos) implements Expr {
    }

    /** A string with {@code ${}} parts: every part is formatted as text and joined. */
    record Interpolation(List<Expr> parts, Pos pos) implements Expr {
    }

    record Variable(String name, Pos pos) implements Expr {
    }

    /** {@code -x} or {@code NOT x}. */
    record Unary(boolean not, Expr operand, Pos pos) implements Expr {
    }

    record Binary(BinaryOp op, Expr left, Expr right, Pos pos) implements Expr {
    }

    /** AND / OR, evaluated left to right and stopping as soon as the answer is known. */
    record Logical(boolean and, Expr left, Expr right, Pos pos) implements Expr {
    }

    record Member(Expr target, String name, Pos pos) implements Expr {
    }

    record Index(Expr target, Expr index, Pos pos) implements Expr {
    }

    /** A built-in function or a user FUNCTION/SUB, resolved by the analyzer. */
    record Call(String name, List<Expr> arguments, Pos pos) implements Expr {
    }

    record ArrayLiteral(List<Expr> elements, Pos pos) implements Expr {
    }

    record ObjectLiteral(List<String> keys, List<Expr> values, Pos pos) implements Expr {
    }

    /** A keyword whose work happens outside the language (LLM, FIND, GET…) used for its result. */
    record Capability(String keyword, List<Expr> arguments, Pos pos) implements Expr {
    }

    /** The object of the innermost WITH block, as in {@code .name}. */
    record WithSubject(Pos pos) implements Expr {
    }

    /** {@code ERROR} (TRUE after a trapped error) or {@code ERROR MESSAGE} (its text). */
    record ErrorState(boolean message, Pos pos) implements Expr {
    }
}
