package org.botserver.domain.basic.ast;

/** The binary operators of BASIC expressions (AND and OR short-circuit and are separate nodes). */
public enum BinaryOp {
    ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), INT_DIVIDE("\\"), MOD("MOD"), POWER("^"), CONCAT("&"),
    EQUAL("="), NOT_EQUAL("<>"), LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="), IN("IN");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
